#!/usr/bin/env python3
"""Fills the English plural forms that lupdate -pluralonly leaves unfinished.

English sources write plurals as "%n problem(s)"; the singular drops "(s)" and the plural keeps "s".
Sources without "(s)" (units such as "%n min") read the same in both forms.
"""
import re
import sys
import xml.etree.ElementTree as ET

def main(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            el = ET.SubElement(translation, "numerusform")
            el.text = form
        del translation.attrib["type"]
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {changed} English plural(s) filled")

if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
