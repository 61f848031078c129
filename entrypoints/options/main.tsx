import { render } from 'preact';
import info from 'virtual:claims-info';
import { createOptionsApi } from '@/src/extension/options-api';
import { Options } from '@/src/ui/options/Options';
import '@/src/ui/options/options.css';

render(<Options api={createOptionsApi(info)} />, document.getElementById('app')!);
