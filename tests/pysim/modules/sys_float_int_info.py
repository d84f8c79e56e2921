# sys.float_info, sys.int_info and sys.byteorder: the number limits of a 64-bit CPython
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.radix)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.byteorder)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
