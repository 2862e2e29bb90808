export type Note = { tone: 'info' | 'error' | 'busy'; text: string } | null;

/** Export the draft and report a bad capture; what was written where shows right here. */
export function ExportBar(props: {
  onJson: () => void;
  onXlsx: () => void;
  onCsv: () => void;
  onReport: (() => void) | null;
  busy: boolean;
  note: Note;
}) {
  return (
    <section data-testid="export">
      <h2>导出</h2>
      <div class="row">
        <button onClick={props.onJson} title="供 Excel 加载项和上级政协使用">报表数据 (.json)</button>
        <button onClick={props.onXlsx} disabled={props.busy} title="已填好的 ZX-01 工作簿，可用 WPS 或 LibreOffice 打开">
          ZX-01 报表 (.xlsx)
        </button>
        <button onClick={props.onCsv}>数据与记录 (.csv)</button>
        {props.onReport && (
          <button onClick={props.onReport} title="复制网址、版本、识别类型与提取日志，发给维护人员">
            报告问题
          </button>
        )}
      </div>
      {props.note && (
        <div class={`status ${props.note.tone}`} role="status" data-testid="export-note">
          {props.note.text}
        </div>
      )}
    </section>
  );
}
