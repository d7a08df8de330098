/** The CSV reader the name commands stream their input through (src/formats/csv), offered to the surfaces, which import only jobs/. */
export { fileSize, readCsvRecords, type CsvRecord, type ReadCsvOptions } from '../formats/index.js';
