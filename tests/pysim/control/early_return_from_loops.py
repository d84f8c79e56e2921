# return exits every enclosing loop at once
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9))
print(find_pair([1, 2, 3], 100))
def first_word_with(words, letter):
    i = 0
    while i < len(words):
        for ch in words[i]:
            if ch == letter:
                return words[i]
        i += 1
    return "none"
print(first_word_with(["sky", "tree", "stone"], "e"), first_word_with(["a"], "z"))
