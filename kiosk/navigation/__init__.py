"""Remote-control navigation for the TV profile: arrow keys move the focus in an order that
follows the layout (`spatial`), OK activates, Back goes one step back (`remote`), and the
focused control wears a ring visible from a sofa (`ring`)."""
