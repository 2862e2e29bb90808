export default defineBackground(() => {
  browser.action.onClicked.addListener(async () => {});
});
