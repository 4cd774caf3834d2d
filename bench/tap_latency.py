"""The first tap on a county: from the tap to its sheet shown, on a freshly opened map.

Opens BASE/map/1/ in a fresh headless Chromium at phone size (optionally with the search
benchmark's profile: 150 ms round trip, 1.6 Mbit/s down, CPU slowed 4x), waits for the page
to settle, taps 城关区 as a finger would (pointerdown, pointerup, click) and times, inside the
page, until the sheet is shown. Prints each run and the median.

Usage: python3 bench/tap_latency.py BASE THROTTLE(0|1) ROUNDS   (needs `pip install selenium`)
"""
import sys, time, tempfile, shutil, statistics
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

BASE, THROTTLE, ROUNDS = sys.argv[1].rstrip('/'), sys.argv[2] == '1', int(sys.argv[3])
TAP = """const path = document.querySelector("a.county-link[data-adcode='620102'] .county");
const r = path.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
const at = { bubbles: true, cancelable: true, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: y };
const sheet = document.getElementById('map-sheet');
window.__shown = undefined;
const started = performance.now();
new MutationObserver((_, watch) => { if (!sheet.hidden) { window.__shown = performance.now() - started; watch.disconnect(); } })
  .observe(sheet, { attributes: true });
path.dispatchEvent(new PointerEvent('pointerdown', at));
path.dispatchEvent(new PointerEvent('pointerup', at));
path.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y }));
if (!sheet.hidden && window.__shown === undefined) window.__shown = performance.now() - started;"""


def once():
    profile = tempfile.mkdtemp()
    options = Options()
    for arg in ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', f'--user-data-dir={profile}',
                '--no-first-run', '--disable-background-networking', '--disable-component-update', '--window-size=390,844']:
        options.add_argument(arg)
    options.binary_location = '/usr/bin/chromium'
    driver = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=options)
    try:
        if THROTTLE:
            driver.execute_cdp_cmd('Network.enable', {})
            driver.execute_cdp_cmd('Network.emulateNetworkConditions', {
                'offline': False, 'latency': 150, 'downloadThroughput': 1.6e6 / 8, 'uploadThroughput': 7.5e5 / 8})
            driver.execute_cdp_cmd('Emulation.setCPUThrottlingRate', {'rate': 4})
        driver.get(BASE + '/map/1/')
        end = time.time() + 30
        while time.time() < end and not driver.execute_script(
                "return document.readyState === 'complete' && !!document.documentElement.dataset.app"):
            time.sleep(0.05)
        driver.execute_script(TAP)
        end = time.time() + 30
        while time.time() < end:
            shown = driver.execute_script("return window.__shown === undefined ? null : window.__shown")
            if shown is not None:
                return shown
            time.sleep(0.01)
        return float('nan')
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


times = []
for n in range(ROUNDS):
    times.append(once())
    print(n, f'{times[-1]:.1f} ms', flush=True)
print(f'first tap to sheet, median of {ROUNDS}: {statistics.median(times):.1f} ms ({"throttled" if THROTTLE else "unthrottled"})')
