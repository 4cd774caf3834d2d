"""A shared search link's first result, seen from inside the page, ours beside Pagefind.

The shared benchmark (../shared/bench/search_latency.py) asks the page every ~30 ms whether a
result is there and then asks for the time, so each figure carries up to ~90 ms of polling on
a CPU slowed 4x, and the ratio drifts towards 1. This one registers a MutationObserver before
the page's own scripts run (CDP Page.addScriptToEvaluateOnNewDocument), which notes
performance.now() at the first frame after the first result enters the DOM: the frame that draws
it (a frame waits for the stylesheet, so a result written before the page's CSS arrived is not
counted as shown). Same profile: fresh headless Chromium, cold cache, 150 ms round trip,
1.6 Mbit/s down, CPU slowed 4x.

Usage: python3 bench/first_result.py OURS_BASE PEER_BASE ROUNDS   (needs `pip install selenium`)
"""
import sys, time, tempfile, shutil, statistics, urllib.parse
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

OURS, PEER, ROUNDS = sys.argv[1].rstrip('/'), sys.argv[2].rstrip('/'), int(sys.argv[3])
QUERIES = ['兰州新区', '湟水', '高铁', '生态保护红线']
WATCH = """new MutationObserver(function (_, watch) {
  if (!document.querySelector(%r)) return;
  watch.disconnect();
  requestAnimationFrame(function () { window.__first = performance.now(); });
}).observe(document, { childList: true, subtree: true });"""


def first_result(url, selector):
    profile = tempfile.mkdtemp()
    options = Options()
    for arg in ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', f'--user-data-dir={profile}',
                '--no-first-run', '--disable-background-networking', '--disable-component-update']:
        options.add_argument(arg)
    options.binary_location = '/usr/bin/chromium'
    browser = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=options)
    try:
        browser.execute_cdp_cmd('Page.addScriptToEvaluateOnNewDocument', {'source': WATCH % selector})
        browser.execute_cdp_cmd('Network.enable', {})
        browser.execute_cdp_cmd('Network.emulateNetworkConditions', {
            'offline': False, 'latency': 150, 'downloadThroughput': 1.6e6 / 8, 'uploadThroughput': 7.5e5 / 8})
        browser.execute_cdp_cmd('Emulation.setCPUThrottlingRate', {'rate': 4})
        browser.get(url)
        give_up = time.time() + 30
        while time.time() < give_up:
            seen = browser.execute_script('return window.__first')
            if seen:
                return seen
            time.sleep(0.05)
        return float('nan')
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


print('first result, seen inside the page (median of %d, ms):' % ROUNDS)
for query in QUERIES:
    q = urllib.parse.quote(query)
    ours, peer = [], []
    for _ in range(ROUNDS):  # interleaved, so a slow spell of the machine falls on both
        ours.append(first_result(f'{OURS}/search/?q={q}', '.search-group li'))
        peer.append(first_result(f'{PEER}/pf_latency.html?q={q}', '#results li'))
    o, p = statistics.median(ours), statistics.median(peer)
    print(f'{query}\tours {o:.0f} ({min(ours):.0f}-{max(ours):.0f})\tpagefind {p:.0f} ({min(peer):.0f}-{max(peer):.0f})'
          f'\tratio {o / p:.2f}', flush=True)
