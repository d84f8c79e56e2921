# str.maketrans in its three forms and str.translate, including deletion
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table), sorted(table.items()))
delete = str.maketrans("ae", "AE", "lo")
print("hello lovely apple".translate(delete), sorted(delete.items()))
print("hello".translate({ord("h"): "J", ord("o"): None, ord("l"): "LL"}))
print(sorted(str.maketrans({"a": "1", "b": None, 99: "three"}).items()))
print("cabbage".translate(str.maketrans({"a": "4", "e": "3"})), "abc".translate({}))
print("Hello, World!".translate(str.maketrans("", "", ",!")), "abc".translate({97: 98}))
print("secret".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
for args in (("ab", "c"), ({"ab": 1},), ("a",)):
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
