"""Optional, informational: plain Tesseract (ind, psm 4, no preprocessing) CER on every page file.
Run: python baseline_tesseract.py  -> prints a type x degradation CER table. Not needed by verify.py."""
import io
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from PIL import Image
from pypdf import PdfReader
from rapidfuzz.distance import Levenshtein

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))


def ocr(path):
    if path.endswith(".pdf"):
        data = PdfReader(path).pages[0].images[0].data
        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
            Image.open(io.BytesIO(data)).save(tf.name)
            return subprocess.run(["tesseract", tf.name, "-", "-l", "ind", "--psm", "4"], capture_output=True,
                                  text=True).stdout
    return subprocess.run(["tesseract", path, "-", "-l", "ind", "--psm", "4"], capture_output=True,
                          text=True).stdout


def cer(e):
    ref = " ".join(open(os.path.join(HERE, e["truth"]), encoding="utf-8").read().split())
    hyp = " ".join(ocr(os.path.join(HERE, e["file"])).split())
    return e["text_type"], e["degradation"], Levenshtein.distance(hyp, ref) / len(ref)


def main():
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    with ThreadPoolExecutor(2) as ex:
        res = list(ex.map(cer, man))
    types = list(dict.fromkeys(r[0] for r in res))
    degs = list(dict.fromkeys(r[1] for r in res))
    tab = {(t, d): c for t, d, c in res}
    print("| type | " + " | ".join(degs) + " |")
    print("|---" * (len(degs) + 1) + "|")
    for t in types:
        print(f"| {t} | " + " | ".join(f"{tab[t, d]:.2f}" for d in degs) + " |")


if __name__ == "__main__":
    main()
