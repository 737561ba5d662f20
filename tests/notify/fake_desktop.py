"""A stand-in desktop on a private session bus, for tests: a notification server
(org.freedesktop.Notifications) that records every call, and optionally a StatusNotifierWatcher
(org.kde.StatusNotifierWatcher) so Qt's tray icon is available without a real panel.

    python fake_desktop.py RECORD.jsonl [--click ACTION] [--watcher] [--no-notifications]

Each method call is appended to RECORD.jsonl as {"member": ..., "args": [...]}. With --click,
the server answers every Notify by invoking ACTION on it, as a person clicking would. Prints
"ready" once its names are on the bus. Built on jeepney (pure-Python D-Bus).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jeepney import HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusAddress

NOTIFICATIONS = "org.freedesktop.Notifications"
WATCHER = "org.kde.StatusNotifierWatcher"
INTROSPECT = """<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd"><node/>"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("record", type=Path)
    parser.add_argument("--click", default=None)
    parser.add_argument("--watcher", action="store_true")
    parser.add_argument("--no-notifications", action="store_true")
    args = parser.parse_args()

    conn = open_dbus_connection("SESSION")
    names = ([] if args.no_notifications else [NOTIFICATIONS]) + ([WATCHER] if args.watcher
                                                                   else [])
    for name in names:
        reply = conn.send_and_get_reply(_request_name(name))
        if reply.body != (1,):  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
            print(f"cannot own {name}: {reply.body}", flush=True)
            return 1
    print("ready", flush=True)
    next_id = 0

    def record(member: str, signature: str, body: tuple) -> None:
        with args.record.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"member": member, "signature": signature,
                                 "args": _plain(body)}) + "\n")

    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        iface = fields.get(HeaderFields.interface)
        sender = fields.get(HeaderFields.sender)
        path = fields.get(HeaderFields.path)
        record(member, fields.get(HeaderFields.signature, ""), msg.body)
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECT,)))
        elif member == "Notify":
            next_id += 1
            conn.send(new_method_return(msg, "u", (next_id,)))
            if args.click:
                emitter = DBusAddress(path, interface=NOTIFICATIONS)
                for signal, sig, body in (("ActionInvoked", "us", (next_id, args.click)),
                                          ("NotificationClosed", "uu", (next_id, 2))):
                    out = new_signal(emitter, signal, sig, body)
                    out.header.fields[HeaderFields.destination] = sender
                    conn.send(out)
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body", "body-markup"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "aliassist-tests", "1", "1.2")))
        elif member in ("CloseNotification", "RegisterStatusNotifierItem",
                        "RegisterStatusNotifierHost"):
            conn.send(new_method_return(msg))
        elif iface == "org.freedesktop.DBus.Properties" and member in ("Get", "GetAll"):
            props = {"IsStatusNotifierHostRegistered": ("b", True), "ProtocolVersion": ("i", 0),
                     "RegisteredStatusNotifierItems": ("as", [])}
            if member == "Get":
                conn.send(new_method_return(msg, "v", (props.get(msg.body[1], ("b", False)),)))
            else:
                conn.send(new_method_return(msg, "a{sv}", (props,)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                                (f"no method {member}",)))


def _request_name(name: str):  # -> a jeepney Message
    from jeepney import message_bus

    return message_bus.RequestName(name, 4)  # DBUS_NAME_FLAG_DO_NOT_QUEUE


def _plain(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    sys.exit(main())
