#!/usr/bin/env python3
"""Draws icons/chat.png (16x16 RGBA): a blue speech bubble with three dots. Standard library only."""
import struct
import sys
import zlib

SIZE = 16
BLUE = (40, 110, 200, 255)
EDGE = (25, 80, 160, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def inside_bubble(x, y):
    if not (1 <= x <= 14 and 2 <= y <= 11):
        return False
    corners = [(1, 2), (14, 2), (1, 11), (14, 11)]
    return (x, y) not in corners


def inside_tail(x, y):
    return (y == 12 and 3 <= x <= 5) or (y == 13 and 3 <= x <= 4) or (y == 14 and x == 3)


def pixel(x, y):
    if y == 7 and x in (4, 5, 7, 8, 10, 11):
        return WHITE
    if y == 6 and x in (4, 5, 7, 8, 10, 11):
        return WHITE
    if inside_bubble(x, y) or inside_tail(x, y):
        border = not (inside_bubble(x - 1, y) and inside_bubble(x + 1, y)
                      and inside_bubble(x, y - 1) and (inside_bubble(x, y + 1) or inside_tail(x, y + 1)))
        return EDGE if border and not inside_tail(x, y) else BLUE
    return CLEAR


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "icons/chat.png"
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]))
