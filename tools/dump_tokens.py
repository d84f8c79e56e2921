"""dump_tokens.py — records the expected `memguide run --tokens FILE` output.

usage: python3.12 tools/dump_tokens.py FILE.py

Prints what `python3.12 -m tokenize -e FILE.py` prints for a file that
tokenizes: one line per token, "start-end:" padded to 20 columns, the exact
token name padded to 15, the repr of the token text padded to 15.
"""
import sys
import tokenize
from token import tok_name


def dump(path, out):
    with open(path, 'rb') as f:
        tokens = list(tokenize.tokenize(f.readline))
    for tok in tokens:
        token_range = "%d,%d-%d,%d:" % (tok.start + tok.end)
        out.write("%-20s%-15s%-15r\n" % (token_range, tok_name[tok.exact_type], tok.string))


if __name__ == '__main__':
    dump(sys.argv[1], sys.stdout)
