#!/usr/bin/env python3
"""Protocol-level health probes for infra/local (Python stdlib only).

  probe.py kafka HOST:PORT [--cluster-id ID] [--user NAME [--mechanism PLAIN|SCRAM-SHA-512]]
                                               Kafka Metadata (v4) request: >=1 broker and an
                                               elected controller (and the expected cluster id);
                                               with --user, first SASL as NAME (default PLAIN)
                                               with the password in $PROBE_KAFKA_PASSWORD
  probe.py mongo HOST:PORT                     MongoDB OP_MSG {ping: 1} -> ok == 1
  probe.py mongo-selftest HOST:PORT            insert + find + drop through OP_MSG
  probe.py port-free HOST PORT                 exit 0 if HOST:PORT can be bound (nobody listens)

Exit status 0 = healthy, 1 = not (reason on stderr).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import socket
import struct
import sys
import time

TIMEOUT = float(os.environ.get("PROBE_TIMEOUT", "3"))


def _split(addr: str) -> tuple[str, int]:
    host, _, port = addr.rpartition(":")
    return host or "127.0.0.1", int(port)


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed by peer")
        buf += chunk
    return bytes(buf)


# --------------------------------------------------------------------------- Kafka
class _Reader:
    def __init__(self, data: bytes):
        self.d, self.o = data, 0

    def take(self, fmt: str):
        v = struct.unpack_from(fmt, self.d, self.o)
        self.o += struct.calcsize(fmt)
        return v[0]

    def string(self, nullable: bool = False):
        n = self.take(">h")
        if n < 0:
            if nullable:
                return None
            raise ValueError("null non-nullable string")
        s = self.d[self.o : self.o + n].decode()
        self.o += n
        return s


def _kafka_call(sock: socket.socket, api_key: int, version: int, body: bytes) -> _Reader:
    """One request (header v1) and its response (header v0), on an open connection."""
    client_id = b"samarinda-probe"
    corr = int(time.time() * 1000) & 0x7FFFFFFF
    msg = struct.pack(">hhih", api_key, version, corr, len(client_id)) + client_id + body
    sock.sendall(struct.pack(">i", len(msg)) + msg)
    size = struct.unpack(">i", _recv_exact(sock, 4))[0]
    r = _Reader(_recv_exact(sock, size))
    if r.take(">i") != corr:
        raise ValueError("correlation id mismatch")
    return r


def _sasl(sock: socket.socket, mechanism: str, user: str, password: str) -> None:
    """SASL handshake, then PLAIN (RFC 4616) or SCRAM-SHA-512 (RFC 5802/7677, server proof checked)."""
    mech = mechanism.encode()
    r = _kafka_call(sock, 17, 1, struct.pack(">h", len(mech)) + mech)  # SaslHandshake v1
    if (err := r.take(">h")) != 0:
        raise ValueError(f"SaslHandshake refused {mechanism} (error {err})")

    def authenticate(data: bytes) -> bytes:
        resp = _kafka_call(sock, 36, 1, struct.pack(">i", len(data)) + data)  # SaslAuthenticate v1
        code, message = resp.take(">h"), resp.string(nullable=True)
        if code != 0:
            raise ValueError(f"SASL authentication failed (error {code}): {message}")
        n = resp.take(">i")
        return resp.d[resp.o : resp.o + n]

    if mechanism == "PLAIN":
        authenticate(b"\0" + user.encode() + b"\0" + password.encode())
        return
    if mechanism != "SCRAM-SHA-512":
        raise ValueError(f"unsupported SASL mechanism {mechanism}")
    name = user.replace("=", "=3D").replace(",", "=2C")
    bare = f"n={name},r={base64.b64encode(os.urandom(24)).decode()}"
    server_first = authenticate(f"n,,{bare}".encode()).decode()
    fields = dict(item.split("=", 1) for item in server_first.split(","))
    if not fields["r"].startswith(bare.split("r=", 1)[1]):
        raise ValueError("SCRAM server nonce does not extend ours")
    salted = hashlib.pbkdf2_hmac("sha512", password.encode(), base64.b64decode(fields["s"]), int(fields["i"]))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha512).digest()
    without_proof = f"c=biws,r={fields['r']}"
    auth_message = f"{bare},{server_first},{without_proof}".encode()
    signature = hmac.new(hashlib.sha512(client_key).digest(), auth_message, hashlib.sha512).digest()
    xored = int.from_bytes(client_key, "big") ^ int.from_bytes(signature, "big")
    proof = base64.b64encode(xored.to_bytes(len(client_key), "big")).decode()
    server_final = authenticate(f"{without_proof},p={proof}".encode()).decode()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha512).digest()
    expected = base64.b64encode(hmac.new(server_key, auth_message, hashlib.sha512).digest()).decode()
    if server_final != f"v={expected}":
        raise ValueError("SCRAM server signature mismatch")


def kafka_metadata(
    addr: str, cluster_id: str | None, user: str | None = None, mechanism: str = "PLAIN"
) -> None:
    host, port = _split(addr)
    with socket.create_connection((host, port), timeout=TIMEOUT) as s:
        s.settimeout(TIMEOUT)
        if user:
            _sasl(s, mechanism, user, os.environ.get("PROBE_KAFKA_PASSWORD", ""))
        # Metadata v4 body: topics = empty array (no topics), allow_auto_topic_creation = false
        r = _kafka_call(s, 3, 4, struct.pack(">i?", 0, False))
    r.take(">i")  # throttle_time_ms
    brokers = []
    for _ in range(r.take(">i")):
        node_id = r.take(">i")
        bhost = r.string()
        bport = r.take(">i")
        r.string(nullable=True)  # rack
        brokers.append((node_id, bhost, bport))
    cid = r.string(nullable=True)
    controller = r.take(">i")
    if not brokers:
        raise ValueError("metadata lists no broker yet")
    if controller < 0:
        raise ValueError("no active controller yet")
    if cluster_id and cid != cluster_id:
        raise ValueError(f"unexpected cluster id {cid!r} (want {cluster_id!r})")
    print(f"kafka ok: cluster_id={cid} controller={controller} brokers={brokers}")


# --------------------------------------------------------------------------- BSON / OP_MSG
def _cstring(s: str) -> bytes:
    return s.encode() + b"\x00"


def bson_encode(doc: dict) -> bytes:
    out = bytearray()
    for k, v in doc.items():
        key = _cstring(str(k))
        if isinstance(v, bool):
            out += b"\x08" + key + (b"\x01" if v else b"\x00")
        elif isinstance(v, int):
            if -(2**31) <= v < 2**31:
                out += b"\x10" + key + struct.pack("<i", v)
            else:
                out += b"\x12" + key + struct.pack("<q", v)
        elif isinstance(v, float):
            out += b"\x01" + key + struct.pack("<d", v)
        elif isinstance(v, str):
            b = v.encode()
            out += b"\x02" + key + struct.pack("<i", len(b) + 1) + b + b"\x00"
        elif isinstance(v, dict):
            out += b"\x03" + key + bson_encode(v)
        elif isinstance(v, (list, tuple)):
            out += b"\x04" + key + bson_encode({str(i): x for i, x in enumerate(v)})
        elif v is None:
            out += b"\x0a" + key
        else:
            raise TypeError(f"cannot BSON-encode {type(v)}")
    return struct.pack("<i", len(out) + 5) + bytes(out) + b"\x00"


def bson_decode(data: bytes, off: int = 0):
    (size,) = struct.unpack_from("<i", data, off)
    end = off + size - 1
    off += 4
    doc = {}
    while off < end:
        t = data[off]
        off += 1
        z = data.index(b"\x00", off)
        key = data[off:z].decode()
        off = z + 1
        if t == 0x01:
            (v,) = struct.unpack_from("<d", data, off)
            off += 8
        elif t == 0x02:
            (n,) = struct.unpack_from("<i", data, off)
            v = data[off + 4 : off + 3 + n].decode()
            off += 4 + n
        elif t in (0x03, 0x04):
            v, n = bson_decode(data, off)
            if t == 0x04:
                v = list(v.values())
            off += n
        elif t == 0x05:
            (n,) = struct.unpack_from("<i", data, off)
            v = data[off + 5 : off + 5 + n]
            off += 5 + n
        elif t == 0x07:
            v = data[off : off + 12].hex()
            off += 12
        elif t == 0x08:
            v = data[off] == 1
            off += 1
        elif t in (0x09, 0x11, 0x12):
            (v,) = struct.unpack_from("<q", data, off)
            off += 8
        elif t == 0x0A:
            v = None
        elif t == 0x10:
            (v,) = struct.unpack_from("<i", data, off)
            off += 4
        else:
            raise ValueError(f"unsupported BSON type 0x{t:02x} for key {key!r}")
        doc[key] = v
    return doc, size


class MongoWire:
    def __init__(self, addr: str):
        host, port = _split(addr)
        self.s = socket.create_connection((host, port), timeout=TIMEOUT)
        self.s.settimeout(TIMEOUT)
        self.req = 0

    def command(self, doc: dict) -> dict:
        self.req += 1
        payload = struct.pack("<I", 0) + b"\x00" + bson_encode(doc)  # flagBits, section kind 0
        header = struct.pack("<iiii", 16 + len(payload), self.req, 0, 2013)  # OP_MSG
        self.s.sendall(header + payload)
        length, _rid, resp_to, opcode = struct.unpack("<iiii", _recv_exact(self.s, 16))
        body = _recv_exact(self.s, length - 16)
        if opcode != 2013 or resp_to != self.req:
            raise ValueError(f"unexpected reply opcode={opcode} responseTo={resp_to}")
        if body[4] != 0:
            raise ValueError("unexpected OP_MSG section kind")
        reply, _ = bson_decode(body, 5)
        return reply

    def close(self):
        self.s.close()


def _ok(reply: dict, what: str) -> dict:
    if reply.get("ok") not in (1, 1.0, True):
        raise ValueError(f"{what} failed: {reply}")
    return reply


def mongo_ping(addr: str) -> None:
    m = MongoWire(addr)
    try:
        _ok(m.command({"ping": 1, "$db": "admin"}), "ping")
        hello = m.command({"hello": 1, "$db": "admin"})
        print(f"mongo ok: ping ok, maxWireVersion={hello.get('maxWireVersion')}")
    finally:
        m.close()


def mongo_selftest(addr: str) -> None:
    m = MongoWire(addr)
    db, coll = "samarinda_selftest", f"selftest_{os.getpid()}"
    try:
        _ok(m.command({"ping": 1, "$db": "admin"}), "ping")
        _ok(
            m.command(
                {"insert": coll, "documents": [{"_id": "doc-1", "kota": "Samarinda", "n": 42}], "$db": db}
            ),
            "insert",
        )
        found = _ok(m.command({"find": coll, "filter": {"_id": "doc-1"}, "$db": db}), "find")
        batch = found.get("cursor", {}).get("firstBatch", [])
        if len(batch) != 1 or batch[0].get("kota") != "Samarinda" or batch[0].get("n") != 42:
            raise ValueError(f"find returned {batch!r}")
        _ok(m.command({"drop": coll, "$db": db}), "drop")
        print("mongo selftest ok: ping, insert, find, drop")
    finally:
        m.close()


def port_free(host: str, port: int) -> None:
    # A successful connect means someone listens; a failed bind means the port is taken.
    try:
        with socket.create_connection((host, port), timeout=0.5):
            raise ValueError(f"{host}:{port} already has a listener")
    except (TimeoutError, ConnectionRefusedError, OSError) as e:
        if isinstance(e, ValueError):
            raise
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((host, port))
    except OSError as e:
        raise ValueError(f"{host}:{port} cannot be bound: {e}") from None
    finally:
        s.close()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd = argv[1]
    try:
        if cmd == "kafka":
            cid = None
            if "--cluster-id" in argv:
                cid = argv[argv.index("--cluster-id") + 1]
            user = argv[argv.index("--user") + 1] if "--user" in argv else None
            mechanism = argv[argv.index("--mechanism") + 1] if "--mechanism" in argv else "PLAIN"
            kafka_metadata(argv[2], cid, user, mechanism)
        elif cmd == "mongo":
            mongo_ping(argv[2])
        elif cmd == "mongo-selftest":
            mongo_selftest(argv[2])
        elif cmd == "port-free":
            port_free(argv[2], int(argv[3]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (OSError, ValueError, struct.error, IndexError) as e:
        print(f"{cmd}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
