package org.lianqin.portal.views;

import org.lianqin.vaadin.Problems;
import org.lianqin.vaadin.FormMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.lianqin.core.cases.CaseService.CaseAtHand;
import org.lianqin.core.cases.CaseStep;
import org.lianqin.core.cases.ConcurrentUpdateException;
import org.lianqin.core.cases.StandardReplies;
import org.lianqin.core.organisation.OrganisationViews.UnitView;
import org.lianqin.core.photos.Photo;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The form for one step on a case: the note the step needs (required where the workflow requires it),
 * (with the street office's standard replies, 规范用语, to start it from), the unit for a dispatch, the
 * case to merge into, the hours of an extension, approve or refuse for a
 * decision, photos where they belong. Sent, it either closes with the case as it is now, or stays open
 * with everything typed: with the refusal's words, or, when someone else changed the case first, with
 * the news and the case's new state (the step sent again if it is still open, or the note kept as a
 * comment if it is not).
 */
class StepDialog extends Dialog {

    /** What the person filled in. */
    record Input(String note, Long unitId, String original, int hours, boolean approved, List<Photo> photos) {
    }

    /**
     * Takes the step on the case as the signed-in person and answers the case as it is now, or null when
     * it has left the person's hands; throws core's refusals.
     */
    interface Performer {
        CaseAtHand perform(CaseStep step, Input input, long version);
    }

    private final CaseStep step;
    private final Performer performer;
    private final Supplier<CaseAtHand> reload;
    private final Consumer<CaseAtHand> changed;
    private final TextArea note = new TextArea();
    private final Select<UnitView> unit = new Select<>();
    private final TextField original = new TextField();
    private final IntegerField hours = new IntegerField();
    private final PhotoDrop photos;
    private final FormMessage message = new FormMessage("step-message");
    private final Button submit = new Button();
    private final Button refuse = new Button();
    private boolean keepAsComment;
    /** The version of the case the person is looking at: the one the step quotes, renewed after a stale refusal. */
    private long version;

    /**
     * @param reload  reads the case again after someone else changed it (null when it is no longer the person's)
     * @param changed told of the case as it is now, after this step or someone else's (null as for reload)
     */
    StepDialog(CaseStep step, CaseAtHand at, List<UnitView> units, List<StandardReplies.Reply> replies,
               Performer performer, Supplier<CaseAtHand> reload, Consumer<CaseAtHand> changed) {
        this.step = step;
        this.performer = performer;
        this.reload = reload;
        this.changed = changed;
        this.version = at.detail().version();
        setId("step-dialog");
        setHeaderTitle(getTranslation("step." + step.name()) + " · " + at.detail().number());
        setWidth("min(36em, 96vw)");
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);

        form.add(message);

        if (step == CaseStep.DISPATCH) {
            unit.setId("step-unit");
            unit.setLabel(getTranslation("step.unit"));
            unit.setItems(units);
            unit.setEmptySelectionAllowed(true);
            String byRouting = at.suggestedUnit() == null ? getTranslation("step.unitNone")
                    : getTranslation("step.unitByRouting", at.suggestedUnit());
            unit.setEmptySelectionCaption(byRouting);
            unit.setItemLabelGenerator(u -> u == null ? byRouting : u.name());
            unit.setWidthFull();
            form.add(unit);
        }
        if (step == CaseStep.MERGE) {
            original.setId("step-original");
            original.setLabel(getTranslation("step.original"));
            original.setRequiredIndicatorVisible(true);
            original.setMaxLength(48);
            original.setWidthFull();
            form.add(original);
        }
        if (step == CaseStep.REQUEST_EXTENSION) {
            hours.setId("step-hours");
            hours.setLabel(getTranslation("step.hours"));
            hours.setMin(1);
            hours.setMax(240);
            hours.setStepButtonsVisible(true);
            hours.setValue(8);
            form.add(hours);
        }
        if (step == CaseStep.DECIDE_EXTENSION && at.detail().pendingExtensionHours() != null) {
            form.add(new Div(getTranslation("step.askedHours", at.detail().pendingExtensionHours())));
        }
        if (step.note() != CaseStep.Note.NONE && !replies.isEmpty()) {
            Select<StandardReplies.Reply> reply = new Select<>();
            reply.setId("step-reply");
            reply.setLabel(getTranslation("step.reply"));
            reply.setPlaceholder(getTranslation("step.replyHint"));
            reply.setItems(replies);
            reply.setItemLabelGenerator(r -> r.text().length() > 40 ? r.text().substring(0, 40) + "…" : r.text());
            reply.setWidthFull();
            reply.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    note.setValue(e.getValue().text());
                    note.focus();
                }
            });
            form.add(reply);
        }
        if (step.note() != CaseStep.Note.NONE) {
            note.setId("step-note");
            note.setLabel(getTranslation("step.note." + step.name()));
            note.setRequiredIndicatorVisible(step.note() == CaseStep.Note.REQUIRED);
            note.setMaxLength(step == CaseStep.REDACT ? 4000 : 2000);
            note.setWidthFull();
            note.setMinHeight("7em");
            if (step == CaseStep.REDACT && at.detail().description() != null) {
                note.setValue(at.detail().description());
            }
            form.add(note);
        }
        boolean withPhotos = step == CaseStep.HANDLE || step == CaseStep.VERIFY_PASS || step == CaseStep.VERIFY_FAIL;
        photos = withPhotos ? new PhotoDrop("step-photos") : null;
        if (photos != null) {
            form.add(new Div(getTranslation("step.photos")), photos);
        }
        add(form);

        submit.setId("step-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean decision = step == CaseStep.DECIDE_EXTENSION || step == CaseStep.DECIDE_DEFERRAL;
        submit.setText(decision ? getTranslation("step.approve") : getTranslation("step." + step.name()));
        submit.addClickListener(e -> send(true));
        submit.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("step.cancel"), e -> close());
        cancel.setId("step-cancel");
        getFooter().add(cancel);
        if (decision) {
            refuse.setId("step-refuse");
            refuse.setText(getTranslation("step.refuse"));
            refuse.addClickListener(e -> send(false));
            getFooter().add(refuse);
        }
        getFooter().add(submit);
    }

    private void send(boolean approved) {
        try {
            if (keepAsComment) {
                changed.accept(performer.perform(CaseStep.COMMENT, input(true), version));
            } else {
                changed.accept(performer.perform(step, input(approved), version));
            }
            close();
        } catch (ConcurrentUpdateException stale) {
            CaseAtHand now = reload.get();
            changed.accept(now);
            if (now == null) {
                close();
                return;
            }
            version = now.detail().version();
            String state = now.detail().state().label().in(getLocale());
            if (now.steps().contains(step)) {
                message.warning(getTranslation("step.stale.again", now.detail().number(), state));
            } else {
                keepAsComment = now.steps().contains(CaseStep.COMMENT) && !note.getValue().isBlank();
                message.warning(getTranslation(keepAsComment ? "step.stale.gone" : "step.stale.goneNoNote",
                        now.detail().number(), state));
                refuse.setVisible(false);
                submit.setText(getTranslation("step.keepAsComment"));
                submit.setVisible(keepAsComment);
            }
        } catch (RuntimeException refused) {
            message.error(Problems.message(refused, getLocale()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private Input input(boolean approved) {
        return new Input(note.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                original.getValue().strip(), hours.getValue() == null ? 0 : hours.getValue(), approved,
                photos == null || keepAsComment ? List.of() : photos.photos());
    }

}
