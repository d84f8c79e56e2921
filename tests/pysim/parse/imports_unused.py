def never_called():
    import os
    import os.path as osp, sys
    from os import path, sep as separator
    from os.path import (join,
                         split,)
    from . import sibling
    from .. import parent
    from .pkg.mod import name as alias
    from ... import top
    from .... import deeper
    return os, osp, sys, path, separator, join, split
if False:
    from collections import *
print("imports parsed")
