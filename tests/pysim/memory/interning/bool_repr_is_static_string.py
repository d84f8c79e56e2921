# str(True) and repr(False) return the runtime's static identifier strings
# (3.12's bool_repr), the same objects the interned literals "True" and
# "False" are; None's and Ellipsis's reprs are new strings each time.
import sys
print(str(True) is "True", repr(False) is "False")
print(f"{True}" is "True", "%s" % False is "False", format(True) is "True")
print(str(1 == 1) is "True", str(True) is str(True))
print(str(None) is "None", repr(...) is "Ellipsis")
print(sys.getrefcount(str(True)))
words = [str(b) for b in (True, False, True)]
print(words[0] is words[2], words[0] is "True")
