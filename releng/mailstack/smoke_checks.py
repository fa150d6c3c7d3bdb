"""Checks of a running mail stack, driven by smoke-test.sh (python3 standard library only).

Reads the running stack's ports.env (path in argv[1]); the mailboxes tanaka@abc.test and sato@abc.test exist with
the passwords in argv[2] and argv[3]. Prints one line per check and "N passed, N failed" at the end; exit 1 on failure.
"""
import base64
import email
import imaplib
import json
import os
import poplib
import re
import smtplib
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

ENV = {}
for line in open(sys.argv[1], encoding="utf-8"):
    key, _, value = line.rstrip("\n").partition("=")
    ENV[key] = value.strip("'")
HOST = ENV["HOST"]
TANAKA, SATO = "tanaka@abc.test", "sato@abc.test"
PASSWORDS = {TANAKA: sys.argv[2], SATO: sys.argv[3]}
TLS = ssl.create_default_context(cafile=ENV["CA_CERT"])  # verifies the chain and 127.0.0.1 in the SAN
SIGNATURES = dict(l.strip().split("=", 1) for l in open(sys.argv[4], encoding="ascii") if "=" in l)
EICAR = bytes.fromhex(SIGNATURES["EICAR_HEX"]).decode("ascii")
GTUBE = bytes.fromhex(SIGNATURES["GTUBE_HEX"]).decode("ascii")

SECRETS = dict(item.split("=", 1) for item in ENV["SERVER_SECRETS"].split())

passed = failed = 0


def sql(statement):
    """Runs one statement as the console's database role (what the connector does over JDBC)."""
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", ENV["PG_PORT"], "-U", ENV["PG_USER"],
                    "-d", ENV["PG_DATABASE"], "-c", statement], check=True,
                   env=dict(os.environ, PGPASSWORD=SECRETS["DEFAULT"]))


def doveadm(command, parameters):
    """One doveadm HTTP API call; returns the command's result object."""
    body = json.dumps([[command, parameters, "c1"]]).encode()
    request = urllib.request.Request(ENV["DOVEADM_URL"], data=body, method="POST", headers={
        "Content-Type": "application/json",
        "Authorization": "X-Dovecot-API " + base64.b64encode(SECRETS["DOVEADM"].encode()).decode()})
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())[0]


def imap_login(user, password):
    try:
        with imaplib.IMAP4_SSL(HOST, int(ENV["IMAPS_PORT"]), ssl_context=TLS, timeout=20) as imap:
            return imap.login(user, password)[0]
    except imaplib.IMAP4.error:
        return "NO"


def check(name, expected, actual):
    global passed, failed
    if expected == actual:
        passed += 1
        print(f"ok   {name} ({actual})")
    else:
        failed += 1
        print(f"FAIL {name}: expected {expected!r}, got {actual!r}")


def message(sender, to, subject, body="hello"):
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{time.time_ns()}@smoke.test>\r\n\r\n{body}\r\n")


def smtps(user, password, to, subject, body="hello"):
    """Sends over SMTPS with AUTH; returns the SMTP code of the last reply (250 when queued)."""
    with smtplib.SMTP_SSL(HOST, int(ENV["SMTPS_PORT"]), context=TLS, timeout=20) as smtp:
        try:
            smtp.login(user, password)
            refused = smtp.sendmail(user, [to], message(user, to, subject, body))
            return refused[to][0] if refused else 250
        except smtplib.SMTPAuthenticationError as e:
            return e.smtp_code
        except smtplib.SMTPRecipientsRefused as e:
            return e.recipients[to][0]
        except smtplib.SMTPResponseException as e:
            return e.smtp_code


def imap_messages(user):
    """Every message of the user's INBOX over IMAPS, parsed."""
    with imaplib.IMAP4_SSL(HOST, int(ENV["IMAPS_PORT"]), ssl_context=TLS, timeout=20) as imap:
        imap.login(user, PASSWORDS[user])
        imap.select("INBOX", readonly=True)
        _, data = imap.search(None, "ALL")
        found = []
        for num in data[0].split():
            _, parts = imap.fetch(num, "(BODY.PEEK[])")
            found.append(email.message_from_bytes(parts[0][1]))
        return found


def pop3_subjects(user):
    pop = poplib.POP3_SSL(HOST, int(ENV["POP3S_PORT"]), context=TLS, timeout=20)
    try:
        pop.user(user)
        pop.pass_(PASSWORDS[user])
        subjects = []
        for i in range(1, len(pop.list()[1]) + 1):
            msg = email.message_from_bytes(b"\r\n".join(pop.retr(i)[1]))
            subjects.append(msg["Subject"])
        return subjects
    finally:
        pop.quit()


def wait_for(user, subject, seconds=20):
    """The message with this subject once it arrived (LMTP delivery is asynchronous), else None."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        for msg in imap_messages(user):
            if msg["Subject"] == subject:
                return msg
        time.sleep(0.3)
    return None


class ManageSieve:
    """Just enough RFC 5804 for the test: STARTTLS, AUTHENTICATE PLAIN, CHECKSCRIPT, PUTSCRIPT, SETACTIVE."""

    def __init__(self):
        self.sock = socket.create_connection((HOST, int(ENV["MANAGESIEVE_PORT"])), timeout=20)
        self.file = self.sock.makefile("rb")
        self.capabilities = self.response()[0]
        self.command("STARTTLS")
        self.sock = TLS.wrap_socket(self.sock, server_hostname=HOST)
        self.file = self.sock.makefile("rb")
        self.capabilities = self.response()[0]  # capabilities again after TLS

    def response(self):
        lines = []
        while True:
            line = self.file.readline().decode("utf-8").rstrip("\r\n")
            literal = re.search(r"\{(\d+)\}$", line)
            if literal:  # a literal string follows
                line += self.file.read(int(literal.group(1))).decode("utf-8") + self.file.readline().decode()
            if re.match(r"^(OK|NO|BYE)\b", line):
                return lines, line
            lines.append(line)

    def command_lines(self, text):
        self.sock.sendall(text.encode("utf-8") + b"\r\n")
        return self.response()[0]

    def command(self, text, literal=None):
        data = text.encode("utf-8")
        if literal is not None:
            raw = literal.encode("utf-8")
            data += b" {%d+}\r\n" % len(raw) + raw
        self.sock.sendall(data + b"\r\n")
        return self.response()[1]

    def authenticate(self, user, password, as_user=""):
        """SASL PLAIN; as_user = the mailbox a master user acts for (authorization identity)."""
        token = base64.b64encode(f"{as_user}\0{user}\0{password}".encode()).decode()
        return self.command(f'AUTHENTICATE "PLAIN" "{token}"')


def check_transport():
    with smtplib.SMTP_SSL(HOST, int(ENV["SMTPS_PORT"]), context=TLS, timeout=20) as smtp:
        smtp.ehlo()
        check("SMTPS offers AUTH PLAIN LOGIN only", "PLAIN LOGIN", smtp.esmtp_features.get("auth", "").strip())
    check("SMTPS AUTH tanaka -> sato", 250, smtps(TANAKA, PASSWORDS[TANAKA], SATO, "first"))
    check("SMTPS wrong password", 535, smtps(TANAKA, "wrong-password", SATO, "never"))
    check("SMTPS AUTH -> unknown local mailbox", 550, smtps(TANAKA, PASSWORDS[TANAKA], "nobody@abc.test", "unknown"))
    first = wait_for(SATO, "first")
    check("IMAPS: sato got the mail", "first", first and first["Subject"])
    check("POP3S: sato's subjects", ["first"], pop3_subjects(SATO))
    check("clean mail: virus header", "Clean", first and first["X-Virus-Status"])
    check("clean mail: spam header", "No,", first and first["X-Spam-Status"][:3])
    check("clean mail: no spam flag", None, first and first["X-Spam-Flag"])


def check_filters(label):
    """Sends EICAR and GTUBE; returns the messages as they arrived (None when they did not)."""
    check(f"{label}: SMTPS accepts EICAR", 250,
          smtps(TANAKA, PASSWORDS[TANAKA], SATO, f"{label} virus", EICAR))
    check(f"{label}: SMTPS accepts GTUBE", 250,
          smtps(TANAKA, PASSWORDS[TANAKA], SATO, f"{label} spam", GTUBE))
    check(f"{label}: SMTPS accepts clean mail", 250,
          smtps(TANAKA, PASSWORDS[TANAKA], SATO, f"{label} clean"))
    clean = wait_for(SATO, f"{label} clean")
    check(f"{label}: clean mail arrived", f"{label} clean", clean and clean["Subject"])
    return wait_for(SATO, f"{label} virus", 3), wait_for(SATO, f"{label} spam", 3)


def check_console_access():
    """What the connector uses: the master user over ManageSieve, and the doveadm HTTP API."""
    sieve = ManageSieve()
    check("ManageSieve: master user console acts for sato", "OK",
          sieve.authenticate(ENV["MASTER_USER"], SECRETS["MANAGESIEVE"], SATO)[:2])
    check("ManageSieve: GETSCRIPT reads back sato's script", True,
          "virus refused" in "".join(sieve.command_lines('GETSCRIPT "console"')))
    sieve.command("LOGOUT")
    quota = doveadm("quotaGet", {"user": SATO})
    check("doveadm API quotaGet answers for sato", "doveadmResponse", quota[0])
    storage = [row for row in quota[1] if row.get("type") == "STORAGE"]
    check("doveadm API: sato's storage in use (KiB) > 0", True, bool(storage) and int(storage[0]["value"]) > 0)


def check_server_side_settings():
    """Forwarding, quota and the enabled flag act through PostgreSQL at once (no reload)."""
    sql("INSERT INTO alias (address, target) VALUES ('sato@abc.test', 'tanaka@abc.test')")
    smtps(TANAKA, PASSWORDS[TANAKA], SATO, "forwarded")
    check("forward without a copy: tanaka gets it", "forwarded", (wait_for(TANAKA, "forwarded") or {}).get("Subject"))
    check("forward without a copy: sato does not", None, wait_for(SATO, "forwarded", 2))
    sql("INSERT INTO alias (address, target) VALUES ('sato@abc.test', 'sato@abc.test')")
    smtps(TANAKA, PASSWORDS[TANAKA], SATO, "kept")
    check("forward with a copy: sato keeps it", "kept", (wait_for(SATO, "kept") or {}).get("Subject"))
    check("forward with a copy: tanaka gets it", "kept", (wait_for(TANAKA, "kept") or {}).get("Subject"))
    sql("DELETE FROM alias WHERE address = 'sato@abc.test'")

    sql("UPDATE mailbox SET quota_bytes = 1024 WHERE address = 'sato@abc.test'")
    check("over quota: refused at SMTP time", 552, smtps(TANAKA, PASSWORDS[TANAKA], SATO, "too much"))
    sql("UPDATE mailbox SET quota_bytes = 0 WHERE address = 'sato@abc.test'")
    check("quota lifted: accepted", 250, smtps(TANAKA, PASSWORDS[TANAKA], SATO, "room again"))

    sql("UPDATE mailbox SET enabled = false WHERE address = 'sato@abc.test'")
    check("disabled mailbox: refused at SMTP time", 550, smtps(TANAKA, PASSWORDS[TANAKA], SATO, "disabled"))
    check("disabled mailbox: IMAP login refused", "NO", imap_login(SATO, PASSWORDS[SATO]))
    check("disabled mailbox: cannot send either", 535, smtps(SATO, PASSWORDS[SATO], TANAKA, "from disabled"))
    sql("UPDATE mailbox SET enabled = true WHERE address = 'sato@abc.test'")
    check("enabled again: IMAP login", "OK", imap_login(SATO, PASSWORDS[SATO]))


def main():
    check_transport()

    virus, spam = check_filters("unfiltered")
    check("EICAR delivered to a mailbox without a script", True, virus is not None)
    check("EICAR gets the virus header", True,
          virus is not None and virus["X-Virus-Status"].startswith("Infected"))
    check("GTUBE delivered to a mailbox without a script", True, spam is not None)
    check("GTUBE gets the spam header", "YES", spam and spam["X-Spam-Flag"])

    sieve = ManageSieve()
    check("ManageSieve: SASL PLAIN only after STARTTLS", True, any('"SASL" "PLAIN LOGIN"' in c for c in sieve.capabilities))
    check("ManageSieve: AUTHENTICATE as sato", "OK", sieve.authenticate(SATO, PASSWORDS[SATO])[:2])
    broken = sieve.command("CHECKSCRIPT", 'require ["reject"];\nif header :contains "X-Virus-Status" {\n')
    check("ManageSieve: CHECKSCRIPT refuses a broken script with a reason", "NO", broken[:2])
    script = ('require ["reject"];\n'
              'if header :contains "X-Virus-Status" "Infected" { reject "virus refused"; stop; }\n'
              'if header :is "X-Spam-Flag" "YES" { reject "spam refused"; stop; }\n')
    check("ManageSieve: CHECKSCRIPT", "OK", sieve.command("CHECKSCRIPT", script)[:2])
    check("ManageSieve: PUTSCRIPT", "OK", sieve.command('PUTSCRIPT "console"', script)[:2])
    check("ManageSieve: SETACTIVE", "OK", sieve.command('SETACTIVE "console"')[:2])
    sieve.command("LOGOUT")

    virus, spam = check_filters("filtered")
    check("Sieve rejects EICAR (not in sato's INBOX)", None, virus)
    check("Sieve rejects GTUBE (not in sato's INBOX)", None, spam)
    deadline = time.time() + 20
    bounces = []
    while len(bounces) < 2 and time.time() < deadline:
        bounces = [m for m in imap_messages(TANAKA) if (m["Subject"] or "").startswith("Rejected:")]
        time.sleep(0.3)
    check("the sender gets both rejections", 2, len(bounces))

    check_console_access()
    check_server_side_settings()

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
