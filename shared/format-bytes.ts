/** A size for a message: "64 MB", "1.5 GB", "12 KB", "300 字节". */
export function formatBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1).replace(/\.0$/, '')} GB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} 字节`;
}
