package scalemodels.ui.controls;

import java.util.List;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Sizes a table's columns to their content (heading or widest cell, whichever is wider), so that no column takes the
 * whole width while others shrink to "...". Meant for tables with few rows (figures per VM, per configuration),
 * measured when their items change; the table scrolls sideways when the columns are wider than it.
 */
public final class ColumnWidths {
    /** Pixels per character of the table's 13 px font, plus the cell's padding and a margin for bold headings. */
    private static final double PER_CHAR = 7.2;
    private static final double PADDING = 22;

    private ColumnWidths() {
    }

    public static <S> void fitToContent(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        fit(table.getColumns(), table.getItems().size());
    }

    private static <S> void fit(List<TableColumn<S, ?>> columns, int rows) {
        for (TableColumn<S, ?> column : columns) {
            if (!column.getColumns().isEmpty()) {
                fit(column.getColumns(), rows);
                continue;
            }
            int chars = column.getText() == null ? 0 : column.getText().length();
            for (int row = 0; row < rows; row++) {
                Object cell = column.getCellData(row);
                chars = Math.max(chars, cell == null ? 0 : cell.toString().length());
            }
            column.setPrefWidth(chars * PER_CHAR + PADDING);
        }
    }
}
