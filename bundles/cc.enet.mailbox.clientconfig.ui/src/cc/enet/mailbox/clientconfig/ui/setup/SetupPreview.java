package cc.enet.mailbox.clientconfig.ui.setup;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The preview area: the file's text (XML, property list, refusals) or the sheet's first page as a picture. */
final class SetupPreview {

	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Text text;
	private final ScrolledComposite scroll;
	private final Label picture;
	private Image image;

	SetupPreview(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		text = new Text(stack, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setData(SetupFilesDialog.ID_KEY, "setup.previewText");
		scroll = new ScrolledComposite(stack, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		picture = new Label(scroll, SWT.NONE);
		picture.setData(SetupFilesDialog.ID_KEY, "setup.previewImage");
		scroll.setContent(picture);
		stack.addDisposeListener(e -> disposeImage());
		showText("");
	}

	Composite control() {
		return stack;
	}

	void showText(String content) {
		text.setText(content);
		layout.topControl = text;
		stack.layout();
	}

	void showImage(ImageData data) {
		disposeImage();
		image = new Image(stack.getDisplay(), data);
		picture.setImage(image);
		picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		layout.topControl = scroll;
		stack.layout();
	}

	/** What the preview shows now: the text, or null while it shows a picture. */
	String shownText() {
		return layout.topControl == text ? text.getText() : null;
	}

	Image shownImage() {
		return layout.topControl == scroll ? image : null;
	}

	private void disposeImage() {
		if (image != null) {
			picture.setImage(null);
			image.dispose();
			image = null;
		}
	}
}
