package org.lianqin.vaadin;

import com.vaadin.flow.component.html.Div;

/**
 * The line above a form that says what went wrong (a refusal, in red) or what happened meanwhile (news
 * of someone else's change, in amber); hidden while there is nothing to say. Read out by screen readers.
 */
public class FormMessage extends Div {

    public FormMessage(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        setVisible(false);
    }

    public void error(String text) {
        show(text, "error");
    }

    /** A refusal with its particulars, one per line (each flaw of a file, say), under it. */
    public void error(String text, java.util.List<String> details) {
        show(text, "error");
        if (!details.isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.setId(getId().orElse("message") + "-details");
            list.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
            details.forEach(d -> list.add(new com.vaadin.flow.component.html.ListItem(d)));
            add(list);
        }
    }

    public void success(String text) {
        show(text, "success");
    }

    public void warning(String text) {
        show(text, "warning");
    }

    /** Nothing to say any more: hidden. */
    public void clear() {
        removeAll();
        setText("");
        setVisible(false);
    }

    private void show(String text, String tone) {
        removeAll();
        setText(text);
        getStyle().set("background", "var(--lumo-" + tone + "-color-10pct)").set("color", "var(--lumo-" + tone + "-text-color)");
        setVisible(true);
    }
}
