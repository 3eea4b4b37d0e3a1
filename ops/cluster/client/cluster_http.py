"""HTTP steps of ops/cluster/test.sh: sign in as a browser does, call the API with a token, and poll.

Standard library only. Each command prints what it saw and exits 0 when the expectation held, 1 when not.
"""
import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CSRF = re.compile(r'<meta name="_csrf" content="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    """A cookie jar and no automatic redirects, so that each answer can be looked at (header names in any case:
    HAProxy passes them in lower case)."""

    def __init__(self, jar_file=None):
        self.jar = http.cookiejar.LWPCookieJar(jar_file) if jar_file else http.cookiejar.CookieJar()
        if jar_file:
            try:
                self.jar.load(ignore_discard=True)
            except FileNotFoundError:
                pass
        self.jar_file = jar_file
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def save(self):
        if self.jar_file:
            self.jar.save(ignore_discard=True)

    def get(self, url):
        return self.send(urllib.request.Request(url))

    def send(self, request):
        try:
            with self.opener.open(request, timeout=30) as answer:
                return answer.status, answer.headers, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers, answer.read().decode("utf-8", "replace")

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def sign_in(self, base, username, password):
        """The sign-in form's post; True when it lands on the application, not back on the sign-in page."""
        status, _, page = self.get(base + "/login")
        token = CSRF.search(page)
        if status != 200 or not token:
            raise SystemExit(f"no sign-in page at {base}/login (HTTP {status})")
        form = urllib.parse.urlencode({"username": username, "password": password, "_csrf": token.group(1)})
        status, headers, _ = self.send(urllib.request.Request(base + "/login", data=form.encode(),
                                                              headers={"Content-Type": "application/x-www-form-urlencoded"}))
        location = headers.get("Location", "")
        return status == 302 and urllib.parse.urlparse(location).path == "/"


def api_status(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return 0, str(error)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sign-in":            # jar base username password -> prints the node cookie
        browser = Browser(args[0])
        ok = browser.sign_in(args[1], args[2], args[3])
        browser.save()
        print(f"signed in: {ok}, node: {browser.cookie('PTNODE')}")
        return 0 if ok else 1
    if command == "page":               # jar base path -> status, where it sends the user, node
        browser = Browser(args[0])
        status, headers, _ = browser.get(args[1] + args[2])
        browser.save()
        print(f"HTTP {status} {headers.get('Location', '')} node: {browser.cookie('PTNODE')}")
        return 0
    if command == "wrong-passwords":    # username count password base...
        return lockout(args)
    if command == "api":                # base token path expected-status
        status, body = api_status(args[0], args[1], args[2])
        print(f"HTTP {status}")
        if status == 200 and len(args) > 4:
            print(json.dumps(json.loads(body))[:2000])
        return 0 if status == int(args[3]) else 1
    if command == "download":           # base token path file -> the SHA-256 of the bytes and the one the node sent
        request = urllib.request.Request(args[0] + args[2], headers={"Authorization": "Bearer " + args[1]})
        with urllib.request.urlopen(request, timeout=120) as answer, open(args[3], "wb") as out:
            out.write(answer.read())
            print(f"HTTP {answer.status} X-Content-SHA256: {answer.headers.get('X-Content-SHA256')}")
        return 0
    if command == "until-refused":      # base token path seconds -> how long until 401
        start = time.monotonic()
        while time.monotonic() - start < float(args[3]):
            status, _ = api_status(args[0], args[1], args[2])
            if status == 401:
                print(f"refused after {time.monotonic() - start:.2f} s")
                return 0
            time.sleep(0.1)
        print(f"still accepted after {args[3]} s")
        return 1
    if command == "reader":             # base token path seconds -> GETs in a row, errors and longest gap
        start = last_ok = time.monotonic()
        ok = errors = 0
        longest = 0.0
        while time.monotonic() - start < float(args[3]):
            status, _ = api_status(args[0], args[1], args[2])
            now = time.monotonic()
            if status == 200:
                ok += 1
                longest = max(longest, now - last_ok)
                last_ok = now
            else:
                errors += 1
        print(f"reader: {ok} answered, {errors} failed, longest gap between answers {longest * 1000:.0f} ms")
        return 0
    raise SystemExit("unknown command " + command)


def lockout(args):
    username, count, password, bases = args[0], int(args[1]), args[2], args[3:]
    for i in range(count):
        base = bases[i % len(bases)]
        if Browser().sign_in(base, username, "not-the-password-%d" % i):
            print(f"wrong password {i + 1} was accepted by {base}")
            return 1
    refused = [base for base in bases if not Browser().sign_in(base, username, password)]
    print(f"after {count} wrong passwords spread over {len(bases)} nodes the right password is refused by "
          f"{len(refused)} of {len(bases)}")
    return 0 if len(refused) == len(bases) else 1


if __name__ == "__main__":
    sys.exit(main())
