s = "\N{{DIGIT ONE}}"
