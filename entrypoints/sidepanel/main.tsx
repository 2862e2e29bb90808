import { render } from 'preact';
render(<p>政协统计助手</p>, document.getElementById('app')!);
