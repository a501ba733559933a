#!/usr/bin/env python3
"""Check a subset font against its source with fontTools.

usage: verify_subset.py SOURCE.ttf SUBSET.ttf RUNES.txt

For every character of RUNES.txt that the source maps, the subset must map
it too, to a glyph with the same advance, left side bearing, outline
(coordinates, end points, on-curve flags, instructions) or, for composite
glyphs, the same components (glyph outlines compared recursively) and
transforms. Prints "ok N" on success, one line per problem and exit 1
otherwise.
"""
import sys

from fontTools.ttLib import TTFont


def glyph_key(font, name, depth=0):
    g = font["glyf"][name]
    if g.isComposite():
        comps = []
        for c in g.components:
            t = getattr(c, "transform", None)
            comps.append((glyph_key(font, c.glyphName, depth + 1), c.x, c.y,
                          repr(t), c.flags & ~0x0020 & ~0x0100))
        return ("composite", tuple(comps))
    if g.numberOfContours == 0:
        return ("empty",)
    coords, ends, flags = g.getCoordinates(font["glyf"])
    return ("simple", tuple(coords), tuple(ends),
            tuple(f & 1 for f in flags), bytes(g.program.getBytecode()))


def main():
    src, sub = TTFont(sys.argv[1]), TTFont(sys.argv[2])
    text = open(sys.argv[3], encoding="utf-8").read()
    scmap, bcmap = src.getBestCmap(), sub.getBestCmap()
    bad = 0
    n = 0
    for ch in sorted(set(text)):
        cp = ord(ch)
        if cp not in scmap:
            if cp in bcmap:
                print("U+%04X mapped in subset but not in source" % cp)
                bad += 1
            continue
        n += 1
        if cp not in bcmap:
            print("U+%04X missing from subset cmap" % cp)
            bad += 1
            continue
        a, b = scmap[cp], bcmap[cp]
        if src["hmtx"][a] != sub["hmtx"][b]:
            print("U+%04X metrics %s != %s" % (cp, src["hmtx"][a], sub["hmtx"][b]))
            bad += 1
        if glyph_key(src, a) != glyph_key(sub, b):
            print("U+%04X outline differs" % cp)
            bad += 1
    for tag in ("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post"):
        if tag not in sub:
            print("table %s missing" % tag)
            bad += 1
    if sub["post"].formatType != 3.0:
        print("post format %s" % sub["post"].formatType)
        bad += 1
    for attr in ("created", "modified"):
        if getattr(src["head"], attr) != getattr(sub["head"], attr):
            print("head.%s changed" % attr)
            bad += 1
    names = {(r.nameID, str(r)) for r in sub["name"].names}
    for r in src["name"].names:
        if r.nameID in (0, 13, 14) and (r.nameID, str(r)) not in names:
            print("name ID %d not kept" % r.nameID)
            bad += 1
    if bad:
        sys.exit(1)
    print("ok", n)


if __name__ == "__main__":
    main()
