# math constants and how they print and format
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(f"{math.pi:.2f} {math.pi:.10f} {math.e:.3e} {math.tau / 2 == math.pi} {round(math.pi, 4)}")
print(math.inf > 10 ** 308, math.inf == float("inf"), math.nan == math.nan, math.isnan(math.nan), math.isinf(-math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), type(math.pi).__name__)
radius = 2
print(math.pi * radius ** 2, 2 * math.pi * radius, math.degrees(math.pi), math.radians(180))
