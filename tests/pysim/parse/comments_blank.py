# a comment at the top

x = 1  # trailing comment
    # an indented comment line
# another

def f():
    # comment in body

    return x  # done


print(f())  # end
