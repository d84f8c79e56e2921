# the ~~~^~~~ markers point at the failing operator in a longer expression
price = 12
quantity = "3"
discount = 2
total = price * 2 + quantity - discount
