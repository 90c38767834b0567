// Strings of deployment concerns: the one-file edition opened from file:// and office data packs
// (机构数据; their problem messages come from the pack readers, in Chinese like import errors).
import { registerMessages } from '../registry';
export const zh = {
  deployFileEdition: '单文件版：数据只保存在这台电脑的这个浏览器里，换电脑请用「数据集管理」→「备份工作区」。',
  deployFileLimits: '浏览器不允许从本地文件使用离线缓存和新版本提示：更新时换用新的文件即可，数据不受影响。',
  deployFileNoStorage: '此浏览器禁止从本地文件保存数据：请用新版 Chrome、Edge 或 360 极速模式打开本文件，或使用服务器上的版本。',
  deployDismiss: '知道了',
  deployPacksLoaded: '已载入机构数据：{names}。',
  deployPacksUpdated: '机构数据已更新：{names}。',
  deployPacksRemoved: '机构数据已撤下：{names}。本机的数据仍保留，可在「数据集管理」中删除。',
  deployPacksProblems: '部分机构数据未能载入：',
  deployPackVersion: '{name}（版本 {version}）',
  deployPacksNotice: '机构数据',
};

const en: Record<keyof typeof zh, string> = {
  deployFileEdition:
    'One-file edition: data is stored only in this browser on this computer; to move it, use Datasets → Back up workspace.',
  deployFileLimits:
    'Browsers do not allow offline caching or update notices for local files: to update, use the new file; your data stays.',
  deployFileNoStorage:
    'This browser does not let local files store data: open this file in a recent Chrome, Edge or 360 (speed mode), or use the server version.',
  deployDismiss: 'OK',
  deployPacksLoaded: 'Office data loaded: {names}.',
  deployPacksUpdated: 'Office data updated: {names}.',
  deployPacksRemoved: 'Office data withdrawn: {names}. Its data stays on this computer; delete it under Datasets if no longer needed.',
  deployPacksProblems: 'Some office data could not be loaded:',
  deployPackVersion: '{name} (version {version})',
  deployPacksNotice: 'Office data',
};

// Loaded with the notices that use them, not at start-up.
registerMessages(zh, en);
