import { render } from 'preact';
import { App } from './app.js';
import './newsroom.css';

render(<App />, document.getElementById('app')!);
