# a linked list of node objects: references, traversal, insertion and __iter__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        values = []
        while node is not None:
            values.append(node.value)
            node = node.next
        return iter(values)
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "empty"
ll = LinkedList()
print(ll, len(ll))
for v in [3, 2, 1]:
    ll.push(v)
print(ll, len(ll), list(ll), 2 in ll)
second = ll.head.next
ll.head.next = second.next
print(ll, second.value, second.next is ll.head.next)
