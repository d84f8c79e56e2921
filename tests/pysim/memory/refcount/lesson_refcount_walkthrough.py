# a narrated walk through reference counts, as a lesson would show them
import sys
def show(label, obj):
    # inside show, the parameter obj and getrefcount's argument add 2 to the real count
    print(f"{label:<28} refs = {sys.getrefcount(obj) - 2}")
nums = [1, 2, 3]
show("nums = [1, 2, 3]", nums)
alias = nums
show("alias = nums", nums)
box = {"numbers": nums}
show('box = {"numbers": nums}', nums)
pair = (nums, nums)
show("pair = (nums, nums)", nums)
del alias
show("del alias", nums)
box.clear()
show("box.clear()", nums)
pair = None
show("pair = None", nums)
