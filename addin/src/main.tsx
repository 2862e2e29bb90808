import { render } from 'preact';
import { App } from './ui/App';
import './ui/style.css';

// office.js calls onReady once the host (or, outside Office, the page) is ready.
const mount = () => render(<App />, document.getElementById('app')!);
if (typeof Office !== 'undefined' && Office.onReady) void Office.onReady().then(mount);
else mount();
