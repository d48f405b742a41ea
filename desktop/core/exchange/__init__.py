"""Workbooks that leave the desk: the reply to each organisation, the intake template it fills in
next time, and the other exports (applicant list, quota). Shared cell safety and styling live in
`safe_cells` and `workbook`; openpyxl is imported only inside the functions that write."""
