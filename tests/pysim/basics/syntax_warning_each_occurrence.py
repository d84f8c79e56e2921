# compile-time SyntaxWarnings have no registry: each occurrence is shown, even twice on one line
x=1
x is 1; x is 1
s = "\d" + "\d"
print(len(s))
