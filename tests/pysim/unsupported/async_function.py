# async functions are not simulated
async def main():
    return 1
print(main)
