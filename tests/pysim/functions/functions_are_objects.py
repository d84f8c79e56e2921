# functions are objects: stored, passed, returned and given attributes
def shout(text):
    return text.upper() + "!"
def whisper(text):
    return text.lower() + "..."
def speak(fn, text):
    return fn(text)
print(speak(shout, "Hi"), speak(whisper, "Hi"))
talk = shout
print(talk is shout, talk.__name__, talk("yo"))
handlers = [shout, whisper, len]
print([h("Abc") for h in handlers])
shout.calls = 3
print(shout.calls)
print(callable(shout), callable("shout"), callable(len), callable(type))
table = {"s": shout, "w": whisper}
print(table["w"]("QUIET"))
del talk
print(shout("still here"))
print(type(shout).__name__, type(len).__name__, type("x".upper).__name__)
