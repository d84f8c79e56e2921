"""dump_ast.py — records the expected `memguide run --ast FILE` output.

usage: python3.12 tools/dump_ast.py FILE.py

Prints ast.dump(ast.parse(source), indent=4, include_attributes=True): the
tree of the file with every node's position.
"""
import ast
import sys


def dump(path, out):
    with open(path, 'rb') as f:
        source = f.read()
    tree = ast.parse(source, filename=path)
    out.write(ast.dump(tree, indent=4, include_attributes=True))
    out.write('\n')


if __name__ == '__main__':
    dump(sys.argv[1], sys.stdout)
