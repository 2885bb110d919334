// What `mount` says of bad data on the blank host page: shared by the specs that check
// that each kind of bad input is refused by name.

/** The message `mount` throws for `data` on `/hosts/blank.html`, or 'no error'. */
export async function refusal(page, data) {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  return page.evaluate((data) => {
    try {
      window.mount(document.getElementById('host'), { data });
      return 'no error';
    } catch (e) {
      return e.message;
    }
  }, data);
}
