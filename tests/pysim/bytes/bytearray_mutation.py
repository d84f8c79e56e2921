# bytearray is the mutable bytes: item and slice assignment, append, extend, pop
ba = bytearray(b"hello")
alias = ba
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba, alias, alias is ba, len(ba))
ba[1:6] = b"J"
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
del ba[0]
ba += b"?"
ba[-1:] = b"..."
print(ba, ba[0], bytes(ba), ba == b" ok...", ba.reverse(), ba)
ba.clear()
print(ba, len(ba), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
for bad in (lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.remove(9), lambda: ba.pop(),
            lambda: ba.extend([300]), lambda: bytearray(b"x").__setitem__(0, -1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
