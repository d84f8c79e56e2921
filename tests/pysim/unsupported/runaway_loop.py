# args: --max-steps=1000
# an endless loop stops at the step limit; the output so far is kept
n = 0
while True:
    n += 1
    if n % 100 == 0:
        print(n)
