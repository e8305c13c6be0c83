"""Domain: the plan, periods and deadlines, report and property rules. No Qt, no database."""
