def never_called():
    try:
        pass
    except* ValueError as e:
        print(e)
    except* (TypeError, KeyError):
        pass
    else:
        pass
    finally:
        pass
print("except* parsed")
