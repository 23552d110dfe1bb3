#!/usr/bin/env python3
"""Builds src/Tarikh.Core/Segmentation/Lexicon/word-frequencies.tsv: how often each Arabic word form
(as written, unsegmented) occurs in ANERcorp (CAMeL train split only, never test) and AQMAR.
The clitic analyzer normalizes the forms at load time. Derived from CC BY-SA data: see the README there.
Usage: python3 tools/build-word-frequencies.py ../shared"""
import collections, glob, os, re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
files = [os.path.join(shared, 'data', 'ner', 'anercorp-camel', 'train.txt')] + sorted(glob.glob(os.path.join(shared, 'data', 'ner', 'aqmar', '*.txt')))
arabic = re.compile('^[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u0640]+$')
counts = collections.Counter()
for path in files:
    with open(path, encoding='utf-8-sig') as f:
        for line in f:
            parts = line.strip().replace('\u200e', '').split()
            if parts and arabic.match(parts[0]):
                counts[parts[0]] += 1

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'Tarikh.Core', 'Segmentation', 'Lexicon', 'word-frequencies.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('# word form\tcount (ANERcorp CAMeL train + AQMAR; CC BY-SA, see README.md)\n')
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 2:
            f.write(f'{word}\t{n}\n')
print(len(counts), 'forms,', sum(1 for n in counts.values() if n >= 2), 'kept')
