#!/usr/bin/env python3
"""Writes a .properties file from UTF-8 text, escaping non-ASCII as \\uXXXX.

Java's Properties.load (used by Eclipse's NLS and by bundle localization) reads ISO-8859-1, so the Japanese
files are kept escaped; this is how they are written: releng/write-properties.py OUT.properties < text
"""
import sys

def escape(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            out.append(ch)
        elif cp > 0xFFFF:
            cp -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)))
        else:
            out.append('\\u%04x' % cp)
    return ''.join(out)

with open(sys.argv[1], 'w', encoding='ascii', newline='\n') as f:
    f.write(escape(sys.stdin.read()))
