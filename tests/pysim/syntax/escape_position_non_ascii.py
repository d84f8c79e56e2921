# a bad escape after a backslash pair and a non-ASCII character: positions count as the unicode-escape codec does
s = "\\\é\x4"
