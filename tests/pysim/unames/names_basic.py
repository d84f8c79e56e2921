# \N{...} escapes: names, aliases, algorithmic names, and case.
def show(s):
    print(len(s), [hex(ord(c)) for c in s], ascii(s))


show("\N{GREEK SMALL LETTER ALPHA}\N{greek capital letter omega}")
show("\N{LATIN SMALL LETTER E WITH ACUTE}t\N{Latin Small Letter E With Acute}")
show("\N{EURO SIGN} \N{DIGIT ONE}\N{DIGIT TWO}")
show("\N{SPACE}\N{NO-BREAK SPACE}\N{HYPHEN-MINUS}")
show("\N{TIBETAN MARK TSA -PHRU}\N{TIBETAN MARK BKA- SHOG YIG MGO}")
show("\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}")

# Aliases: control names, abbreviations, corrections, figments.
show("\N{LINE FEED}\N{LF}\N{lf}\N{NEW LINE}\N{CARRIAGE RETURN}\N{NULL}\N{NUL}")
show("\N{BOM}\N{BYTE ORDER MARK}\N{ZWNBSP}\N{NBSP}\N{ZWSP}\N{ZWJ}\N{DEL}")
show("\N{LATIN CAPITAL LETTER GHA}\N{WEIERSTRASS ELLIPTIC FUNCTION}\N{VS1}\N{VS256}")
show("\N{PADDING CHARACTER}\N{SINGLE SHIFT TWO}\N{ss2}")

# Algorithmic names: Hangul syllables and CJK unified ideographs.
show("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE GGYAELB}")
show("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}")
show("\N{CJK UNIFIED IDEOGRAPH-323AF}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-3400}")

# Numbered names stored in the Unicode data.
show("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-2fa1d}")
show("\N{TANGUT COMPONENT-001}\N{TANGUT COMPONENT-768}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}")
show("\N{NUSHU CHARACTER-1B170}\N{nushu character-1b2fb}")
show("\N{VARIATION SELECTOR-1}\N{VARIATION SELECTOR-17}\N{VARIATION SELECTOR-256}")
show("\N{EGYPTIAN HIEROGLYPH A001}\N{LINEAR B SYLLABLE B008 A}\N{FACE WITH TEARS OF JOY}")

# One string, however it is spelled.
print("\N{LATIN SMALL LETTER A}" == "a" == "\x61" == "\u0061" == "\N{latin small letter a}")
print("\N{GRINNING FACE}" == "\U0001F600", len("\N{GRINNING FACE}"))
print("\N{DIGIT ONE}\N{DIGIT TWO}" + "3", int("\N{DIGIT ONE}\N{DIGIT TWO}") + 1)
