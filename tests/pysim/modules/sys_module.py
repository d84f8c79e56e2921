# sys.maxsize and sys.version_info as a teaching program prints them
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 12), sys.version_info < (4,))
print(sys.maxsize + 1, (sys.maxsize + 1).bit_length(), type(sys.version_info[:2]).__name__)
big = sys.maxsize * sys.maxsize
print(big, len(range(sys.maxsize)))
