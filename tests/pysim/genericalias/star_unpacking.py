# iterating an alias gives it once, starred
print(*tuple[int, str], [*list[int]], (*dict[str, int],))
it = iter(tuple[int])
first = next(it)
print(first, first.__unpacked__, first.__typing_unpacked_tuple_args__, first == tuple[int], list(it))
print(next(iter(list[int])).__typing_unpacked_tuple_args__, type(iter(list[int])).__name__)
starred = next(iter(tuple[int, ...]))
print(starred, starred.__args__, starred.__origin__, starred == next(iter(tuple[int, ...])))
print(list(list[int]), tuple(dict[str, int]))
