import { render } from 'preact';
import info from 'virtual:claims-info';
import { createPopupApi } from '@/src/extension/popup-api';
import { Popup } from '@/src/ui/popup/Popup';
import '@/src/ui/popup/popup.css';

void createPopupApi().then((api) => render(<Popup api={api} info={info} />, document.getElementById('app')!));
