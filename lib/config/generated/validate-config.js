// @ts-nocheck
/* eslint-disable */
// Generated from schemas/config.schema.json by `npm run generate`. Do not modify by hand.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opsbackup.invalid/schemas/config.schema.json","title":"opsbackup configuration","description":"The projects to back up, what each backup reads, when it runs and where its archives are stored.","type":"object","properties":{"LOG_DIRECTORY":{"description":"Directory for log files: the cron output of every scheduled run and run-backup's daily logs. Relative to the config file's directory; `~` is the running user's home.","type":"string","minLength":1,"default":"logs"},"WORK_DIRECTORY":{"description":"Where run-backup stages each archive before storing it on the targets (a fresh subdirectory per run, always removed). Needs room for the largest archive. Default: the system's temporary directory (`$TMPDIR`, else `/tmp`).","$ref":"#/$defs/path"},"TIMEOUTS":{"description":"Watchdogs of run-backup: a run that makes no progress for `INACTIVITY_SECONDS`, or runs longer than `TOTAL_MINUTES`, is stopped (its commands killed), fails and cleans up. Connecting over SSH has its own bound of 20 s.","type":"object","properties":{"INACTIVITY_SECONDS":{"description":"Seconds without a byte read from the source before the run is stopped (a hung pg_dump, SSH link or mount).","type":"integer","minimum":5,"maximum":86400,"default":600},"TOTAL_MINUTES":{"description":"Minutes one run may take in all, storing on every target included.","type":"integer","minimum":1,"maximum":10080,"default":360}},"additionalProperties":false},"PROJECTS":{"description":"The projects. Each becomes a group of crontab lines; an empty list is valid and gives an empty managed block.","type":"array","items":{"$ref":"#/$defs/project"}}},"required":["PROJECTS"],"additionalProperties":false,"$defs":{"name":{"description":"A name that becomes part of file names and cloud paths: letters, digits, `.` and `-`, starting with a letter or digit, at most 64 characters. `_` is reserved as the separator in archive names.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},"project":{"title":"PROJECTS item","description":"One project: a name and its backups.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The project's name, unique in the config; the first argument of `run-backup`."},"BACKUPS":{"description":"The project's backups. Each entry holds exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"array","items":{"$ref":"#/$defs/backup"}}},"required":["NAME","BACKUPS"],"additionalProperties":false},"backup":{"title":"BACKUPS item","description":"One backup: exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"object","properties":{"FILE_BACKUP":{"description":"A backup of files and directories. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/fileBackupList"},"else":{"$ref":"#/$defs/fileBackup"}},"DB_BACKUPS":{"description":"A backup of one PostgreSQL database with pg_dump. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/dbBackupList"},"else":{"$ref":"#/$defs/dbBackup"}}},"minProperties":1,"maxProperties":1,"additionalProperties":false},"fileBackupFields":{"title":"FILE_BACKUP","description":"The keys of a file backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `file-N`, N being the backup's 1-based position among the project's file backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"FILE_PATH":{"description":"Files and directories to back up. Relative paths are relative to the config file's directory (or, with `SSH`, to the remote user's home); `~` is the home directory. A missing path fails the backup unless it is written as `{ PATH: …, OPTIONAL: true }`.","type":"array","minItems":1,"items":{"if":{"type":"object"},"then":{"$ref":"#/$defs/filePath"},"else":{"$ref":"#/$defs/path"}}},"EXCLUDE":{"description":"gitignore-style patterns, relative to each `FILE_PATH` root, of what to leave out. A pattern without `/` matches at any depth; `cache/**` only at the root.","type":"array","items":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"default":[]}},"additionalProperties":false},"filePath":{"title":"FILE_PATH item","description":"A FILE_PATH entry written as a mapping, to mark it optional.","type":"object","properties":{"PATH":{"description":"The file or directory.","$ref":"#/$defs/path"},"OPTIONAL":{"description":"When the path does not exist, note it in the manifest's warnings and back up the rest, instead of failing the backup.","type":"boolean","default":false}},"required":["PATH"],"additionalProperties":false},"fileBackup":{"type":"object","$ref":"#/$defs/fileBackupFields","required":["INTERVALS","UPLOAD_TO","FILE_PATH"]},"fileBackupList":{"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/fileBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["FILE_PATH"]}}]},"dbBackupFields":{"title":"DB_BACKUPS","description":"The keys of a PostgreSQL backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `db-N`, N being the backup's 1-based position among the project's database backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"DB_INFO":{"$ref":"#/$defs/dbInfo"},"DOCKER":{"$ref":"#/$defs/docker"},"FORMAT":{"description":"pg_dump's output format: `custom` (`<database>.dump` in the zip, stored without compressing again; restore with pg_restore) or `plain` (`<database>.sql`, deflated; restore with psql).","enum":["custom","plain"],"default":"custom"}},"additionalProperties":false},"dbBackup":{"type":"object","$ref":"#/$defs/dbBackupFields","required":["INTERVALS","UPLOAD_TO","DB_INFO"]},"dbBackupList":{"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/dbBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["DB_INFO"]}}]},"intervals":{"description":"When the backup runs: a list of cron expressions as Debian's cron reads them (5 fields, ranges, steps, lists, month and weekday names, or a macro such as `@daily`), in the cron daemon's time zone. Each one becomes a crontab line.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"uploadTo":{"description":"Where archives are stored. Every target gets the same archive.","type":"array","minItems":1,"items":{"$ref":"#/$defs/target"}},"target":{"title":"UPLOAD_TO item","description":"One storage target.","type":"object","properties":{"STORAGE_NAME":{"description":"The kind of storage: `LOCAL` (a local or mounted directory) or `ONEDRIVE` (OneDrive for Business or a SharePoint library through Microsoft Graph).","enum":["LOCAL","ONEDRIVE"]},"PATH":{"description":"For `LOCAL`, a directory (relative to the config file's directory; `~` is the home directory), created when missing. For `ONEDRIVE`, a folder in the drive, created when missing.","$ref":"#/$defs/path"},"DRIVE_ID":{"description":"ONEDRIVE only: the drive to store in, overriding ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID from the environment.","$ref":"#/$defs/graphId"},"USER_ID":{"description":"ONEDRIVE only: store in this user's OneDrive (id or user principal name), overriding the environment.","$ref":"#/$defs/graphId"},"SITE_ID":{"description":"ONEDRIVE only: store in this SharePoint site's default document library, overriding the environment.","$ref":"#/$defs/graphId"},"CHUNK_SIZE_KIB":{"description":"ONEDRIVE only: the size of each upload-session fragment in KiB, a multiple of 320 (Graph's rule), at most 61440.","type":"integer","minimum":320,"maximum":61440,"multipleOf":320,"default":10240}},"required":["STORAGE_NAME","PATH"],"additionalProperties":false},"ssh":{"title":"SSH","description":"Run the backup on a remote host over SSH instead of this host.","type":"object","properties":{"USERNAME":{"description":"The remote user.","type":"string","pattern":"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},"IP_ADDRESS":{"description":"The remote host: an IP address or a host name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},"PORT":{"description":"The SSH port.","$ref":"#/$defs/port","default":22},"KEY_PATH":{"description":"The private key file (relative to the config file's directory; `~` is the home directory). Without it, the keys of the running ssh-agent (`SSH_AUTH_SOCK`) are used.","$ref":"#/$defs/path"},"HOST_KEY":{"description":"Pins the host's key: its SHA256 fingerprint as `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` prints it (`SHA256:…`). Any other key is refused. Without it, the first connection records the key in the tool's known_hosts file (state directory) and a later mismatch fails.","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}=?$"},"STRICT_HOST_KEY":{"description":"Refuse a host whose key is neither pinned with `HOST_KEY` nor already recorded in the known_hosts file, instead of recording it on first use.","type":"boolean","default":false}},"required":["USERNAME","IP_ADDRESS"],"additionalProperties":false},"dbInfo":{"title":"DB_INFO","description":"How pg_dump reaches the database. With `DOCKER`, `HOST` and `PORT` are as seen from inside the container.","type":"object","properties":{"USERNAME":{"description":"The PostgreSQL role.","$ref":"#/$defs/text"},"PASSWORD":{"description":"The role's password; best given as `${VARIABLE}` from the environment or `.env`. Never written to argv, logs, manifests or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"PORT":{"description":"The server's port.","$ref":"#/$defs/port","default":5432},"NAME":{"description":"The database to dump.","$ref":"#/$defs/text"},"HOST":{"description":"The server's host name or address.","$ref":"#/$defs/text","default":"localhost"}},"required":["USERNAME","NAME"],"additionalProperties":false},"docker":{"title":"DOCKER","description":"Run pg_dump inside a docker container with `docker exec` (on the SSH host when `SSH` is set).","type":"object","properties":{"CONTAINER_NAME":{"description":"The container's name or id.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"}},"required":["CONTAINER_NAME"],"additionalProperties":false},"graphId":{"description":"A Microsoft Graph identifier.","type":"string","pattern":"^[A-Za-z0-9!@._,:-]{1,300}$"},"port":{"description":"A TCP port.","type":"integer","minimum":1,"maximum":65535},"path":{"description":"A file system path: no control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"},"text":{"description":"A non-empty string without control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"}}};
const schema32 = {"description":"A file system path: no control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const schema33 = {"title":"PROJECTS item","description":"One project: a name and its backups.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The project's name, unique in the config; the first argument of `run-backup`."},"BACKUPS":{"description":"The project's backups. Each entry holds exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"array","items":{"$ref":"#/$defs/backup"}}},"required":["NAME","BACKUPS"],"additionalProperties":false};
const schema34 = {"description":"A name that becomes part of file names and cloud paths: letters, digits, `.` and `-`, starting with a letter or digit, at most 64 characters. `_` is reserved as the separator in archive names.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"};
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$", "u");
const schema35 = {"title":"BACKUPS item","description":"One backup: exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"object","properties":{"FILE_BACKUP":{"description":"A backup of files and directories. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/fileBackupList"},"else":{"$ref":"#/$defs/fileBackup"}},"DB_BACKUPS":{"description":"A backup of one PostgreSQL database with pg_dump. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/dbBackupList"},"else":{"$ref":"#/$defs/dbBackup"}}},"minProperties":1,"maxProperties":1,"additionalProperties":false};
const schema36 = {"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/fileBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["FILE_PATH"]}}]};
const schema37 = {"title":"FILE_BACKUP","description":"The keys of a file backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `file-N`, N being the backup's 1-based position among the project's file backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"FILE_PATH":{"description":"Files and directories to back up. Relative paths are relative to the config file's directory (or, with `SSH`, to the remote user's home); `~` is the home directory. A missing path fails the backup unless it is written as `{ PATH: …, OPTIONAL: true }`.","type":"array","minItems":1,"items":{"if":{"type":"object"},"then":{"$ref":"#/$defs/filePath"},"else":{"$ref":"#/$defs/path"}}},"EXCLUDE":{"description":"gitignore-style patterns, relative to each `FILE_PATH` root, of what to leave out. A pattern without `/` matches at any depth; `cache/**` only at the root.","type":"array","items":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"default":[]}},"additionalProperties":false};
const schema39 = {"description":"When the backup runs: a list of cron expressions as Debian's cron reads them (5 fields, ranges, steps, lists, month and weekday names, or a macro such as `@daily`), in the cron daemon's time zone. Each one becomes a crontab line.","type":"array","minItems":1,"items":{"type":"string","minLength":1}};
const pattern17 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
const schema40 = {"description":"Where archives are stored. Every target gets the same archive.","type":"array","minItems":1,"items":{"$ref":"#/$defs/target"}};
const schema41 = {"title":"UPLOAD_TO item","description":"One storage target.","type":"object","properties":{"STORAGE_NAME":{"description":"The kind of storage: `LOCAL` (a local or mounted directory) or `ONEDRIVE` (OneDrive for Business or a SharePoint library through Microsoft Graph).","enum":["LOCAL","ONEDRIVE"]},"PATH":{"description":"For `LOCAL`, a directory (relative to the config file's directory; `~` is the home directory), created when missing. For `ONEDRIVE`, a folder in the drive, created when missing.","$ref":"#/$defs/path"},"DRIVE_ID":{"description":"ONEDRIVE only: the drive to store in, overriding ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID from the environment.","$ref":"#/$defs/graphId"},"USER_ID":{"description":"ONEDRIVE only: store in this user's OneDrive (id or user principal name), overriding the environment.","$ref":"#/$defs/graphId"},"SITE_ID":{"description":"ONEDRIVE only: store in this SharePoint site's default document library, overriding the environment.","$ref":"#/$defs/graphId"},"CHUNK_SIZE_KIB":{"description":"ONEDRIVE only: the size of each upload-session fragment in KiB, a multiple of 320 (Graph's rule), at most 61440.","type":"integer","minimum":320,"maximum":61440,"multipleOf":320,"default":10240}},"required":["STORAGE_NAME","PATH"],"additionalProperties":false};
const schema43 = {"description":"A Microsoft Graph identifier.","type":"string","pattern":"^[A-Za-z0-9!@._,:-]{1,300}$"};
const pattern8 = new RegExp("^[A-Za-z0-9!@._,:-]{1,300}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.STORAGE_NAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "STORAGE_NAME"},message:"must have required property '"+"STORAGE_NAME"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.PATH === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "PATH"},message:"must have required property '"+"PATH"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "STORAGE_NAME") || (key0 === "PATH")) || (key0 === "DRIVE_ID")) || (key0 === "USER_ID")) || (key0 === "SITE_ID")) || (key0 === "CHUNK_SIZE_KIB"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.STORAGE_NAME !== undefined){
let data0 = data.STORAGE_NAME;
if(!((data0 === "LOCAL") || (data0 === "ONEDRIVE"))){
const err3 = {instancePath:instancePath+"/STORAGE_NAME",schemaPath:"#/properties/STORAGE_NAME/enum",keyword:"enum",params:{allowedValues: schema41.properties.STORAGE_NAME.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.STORAGE_NAME.enum,parentSchema:schema41.properties.STORAGE_NAME,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.PATH !== undefined){
let data1 = data.PATH;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err4 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data !== undefined){
data["PATH"] = coerced0;
}
}
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.DRIVE_ID !== undefined){
let data2 = data.DRIVE_ID;
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err7 = {instancePath:instancePath+"/DRIVE_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data !== undefined){
data["DRIVE_ID"] = coerced1;
}
}
}
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err8 = {instancePath:instancePath+"/DRIVE_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.USER_ID !== undefined){
let data3 = data.USER_ID;
if(typeof data3 !== "string"){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data3;
}
else if(data3 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/USER_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data !== undefined){
data["USER_ID"] = coerced2;
}
}
}
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err10 = {instancePath:instancePath+"/USER_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema43,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.SITE_ID !== undefined){
let data4 = data.SITE_ID;
if(typeof data4 !== "string"){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data4;
}
else if(data4 === null){
coerced3 = "";
}
else {
const err11 = {instancePath:instancePath+"/SITE_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data !== undefined){
data["SITE_ID"] = coerced3;
}
}
}
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
const err12 = {instancePath:instancePath+"/SITE_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.CHUNK_SIZE_KIB !== undefined){
let data5 = data.CHUNK_SIZE_KIB;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType4 = typeof data5;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data5 === null
              || (dataType4 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced4 = +data5;
}
else {
const err13 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.CHUNK_SIZE_KIB.type,parentSchema:schema41.properties.CHUNK_SIZE_KIB,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced4 !== undefined){
data5 = coerced4;
if(data !== undefined){
data["CHUNK_SIZE_KIB"] = coerced4;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 61440 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/maximum",keyword:"maximum",params:{comparison: "<=", limit: 61440},message:"must be <= 61440",schema:61440,parentSchema:schema41.properties.CHUNK_SIZE_KIB,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 320 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 320},message:"must be >= 320",schema:320,parentSchema:schema41.properties.CHUNK_SIZE_KIB,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
let res0;
if((320 === 0 || (res0 = data5/320, res0 !== parseInt(res0)))){
const err16 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/multipleOf",keyword:"multipleOf",params:{multipleOf: 320},message:"must be multiple of 320",schema:320,parentSchema:schema41.properties.CHUNK_SIZE_KIB,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"title":"SSH","description":"Run the backup on a remote host over SSH instead of this host.","type":"object","properties":{"USERNAME":{"description":"The remote user.","type":"string","pattern":"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},"IP_ADDRESS":{"description":"The remote host: an IP address or a host name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},"PORT":{"description":"The SSH port.","$ref":"#/$defs/port","default":22},"KEY_PATH":{"description":"The private key file (relative to the config file's directory; `~` is the home directory). Without it, the keys of the running ssh-agent (`SSH_AUTH_SOCK`) are used.","$ref":"#/$defs/path"},"HOST_KEY":{"description":"Pins the host's key: its SHA256 fingerprint as `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` prints it (`SHA256:…`). Any other key is refused. Without it, the first connection records the key in the tool's known_hosts file (state directory) and a later mismatch fails.","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}=?$"},"STRICT_HOST_KEY":{"description":"Refuse a host whose key is neither pinned with `HOST_KEY` nor already recorded in the known_hosts file, instead of recording it on first use.","type":"boolean","default":false}},"required":["USERNAME","IP_ADDRESS"],"additionalProperties":false};
const schema47 = {"description":"A TCP port.","type":"integer","minimum":1,"maximum":65535};
const pattern11 = new RegExp("^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$", "u");
const pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$", "u");
const pattern14 = new RegExp("^SHA256:[A-Za-z0-9+/]{43}=?$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.USERNAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "USERNAME"},message:"must have required property '"+"USERNAME"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.IP_ADDRESS === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IP_ADDRESS"},message:"must have required property '"+"IP_ADDRESS"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "USERNAME") || (key0 === "IP_ADDRESS")) || (key0 === "PORT")) || (key0 === "KEY_PATH")) || (key0 === "HOST_KEY")) || (key0 === "STRICT_HOST_KEY"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.USERNAME !== undefined){
let data0 = data.USERNAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/properties/USERNAME/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.USERNAME.type,parentSchema:schema46.properties.USERNAME,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["USERNAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err4 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/properties/USERNAME/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"+"\"",schema:"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$",parentSchema:schema46.properties.USERNAME,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.IP_ADDRESS !== undefined){
let data1 = data.IP_ADDRESS;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/IP_ADDRESS",schemaPath:"#/properties/IP_ADDRESS/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.IP_ADDRESS.type,parentSchema:schema46.properties.IP_ADDRESS,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["IP_ADDRESS"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err6 = {instancePath:instancePath+"/IP_ADDRESS",schemaPath:"#/properties/IP_ADDRESS/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$",parentSchema:schema46.properties.IP_ADDRESS,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.PORT !== undefined){
let data2 = data.PORT;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data2 === null
              || (dataType2 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced2 = +data2;
}
else {
const err7 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["PORT"] = coerced2;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.KEY_PATH !== undefined){
let data3 = data.KEY_PATH;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err10 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["KEY_PATH"] = coerced3;
}
}
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.HOST_KEY !== undefined){
let data4 = data.HOST_KEY;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err13 = {instancePath:instancePath+"/HOST_KEY",schemaPath:"#/properties/HOST_KEY/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.HOST_KEY.type,parentSchema:schema46.properties.HOST_KEY,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["HOST_KEY"] = coerced4;
}
}
}
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err14 = {instancePath:instancePath+"/HOST_KEY",schemaPath:"#/properties/HOST_KEY/pattern",keyword:"pattern",params:{pattern: "^SHA256:[A-Za-z0-9+/]{43}=?$"},message:"must match pattern \""+"^SHA256:[A-Za-z0-9+/]{43}=?$"+"\"",schema:"^SHA256:[A-Za-z0-9+/]{43}=?$",parentSchema:schema46.properties.HOST_KEY,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.STRICT_HOST_KEY !== undefined){
let data5 = data.STRICT_HOST_KEY;
if(typeof data5 !== "boolean"){
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(data5 === "false" || data5 === 0 || data5 === null){
coerced5 = false;
}
else if(data5 === "true" || data5 === 1){
coerced5 = true;
}
else {
const err15 = {instancePath:instancePath+"/STRICT_HOST_KEY",schemaPath:"#/properties/STRICT_HOST_KEY/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.STRICT_HOST_KEY.type,parentSchema:schema46.properties.STRICT_HOST_KEY,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["STRICT_HOST_KEY"] = coerced5;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"title":"FILE_PATH item","description":"A FILE_PATH entry written as a mapping, to mark it optional.","type":"object","properties":{"PATH":{"description":"The file or directory.","$ref":"#/$defs/path"},"OPTIONAL":{"description":"When the path does not exist, note it in the manifest's warnings and back up the rest, instead of failing the backup.","type":"boolean","default":false}},"required":["PATH"],"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PATH === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "PATH"},message:"must have required property '"+"PATH"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "PATH") || (key0 === "OPTIONAL"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.PATH !== undefined){
let data0 = data.PATH;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["PATH"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.OPTIONAL !== undefined){
let data1 = data.OPTIONAL;
if(typeof data1 !== "boolean"){
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(data1 === "false" || data1 === 0 || data1 === null){
coerced1 = false;
}
else if(data1 === "true" || data1 === 1){
coerced1 = true;
}
else {
const err5 = {instancePath:instancePath+"/OPTIONAL",schemaPath:"#/properties/OPTIONAL/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.OPTIONAL.type,parentSchema:schema49.properties.OPTIONAL,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["OPTIONAL"] = coerced1;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "NAME") || (key0 === "INTERVALS")) || (key0 === "UPLOAD_TO")) || (key0 === "SSH")) || (key0 === "FILE_PATH")) || (key0 === "EXCLUDE"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err2 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.INTERVALS !== undefined){
let data1 = data.INTERVALS;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/INTERVALS",schemaPath:"#/$defs/intervals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/INTERVALS/" + i0,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.items.type,parentSchema:schema39.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data1 !== undefined){
data1[i0] = coerced1;
}
}
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/INTERVALS/" + i0,schemaPath:"#/$defs/intervals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/INTERVALS",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.UPLOAD_TO !== undefined){
if(!(validate25(data.UPLOAD_TO, {instancePath:instancePath+"/UPLOAD_TO",parentData:data,parentDataProperty:"UPLOAD_TO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.SSH !== undefined){
if(!(validate29(data.SSH, {instancePath:instancePath+"/SSH",parentData:data,parentDataProperty:"SSH",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.FILE_PATH !== undefined){
let data5 = data.FILE_PATH;
if(Array.isArray(data5)){
if(data5.length < 1){
const err7 = {instancePath:instancePath+"/FILE_PATH",schemaPath:"#/properties/FILE_PATH/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.FILE_PATH,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs15 = errors;
let valid7 = true;
const _errs16 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs18 = errors;
if(!(validate31(data6, {instancePath:instancePath+"/FILE_PATH/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
valid7 = _valid0;
ifClause0 = "then";
}
else {
const _errs19 = errors;
if(typeof data6 !== "string"){
let dataType2 = typeof data6;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data6;
}
else if(data6 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/FILE_PATH/" + i1,schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data6 = coerced2;
if(data5 !== undefined){
data5[i1] = coerced2;
}
}
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err10 = {instancePath:instancePath+"/FILE_PATH/" + i1,schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data6)){
const err11 = {instancePath:instancePath+"/FILE_PATH/" + i1,schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
valid7 = _valid0;
ifClause0 = "else";
}
if(!valid7){
const err12 = {instancePath:instancePath+"/FILE_PATH/" + i1,schemaPath:"#/properties/FILE_PATH/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema37.properties.FILE_PATH.items.if,parentSchema:schema37.properties.FILE_PATH.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/FILE_PATH",schemaPath:"#/properties/FILE_PATH/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.FILE_PATH.type,parentSchema:schema37.properties.FILE_PATH,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.EXCLUDE !== undefined){
let data7 = data.EXCLUDE;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 !== "string"){
let dataType3 = typeof data8;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data8;
}
else if(data8 === null){
coerced3 = "";
}
else {
const err14 = {instancePath:instancePath+"/EXCLUDE/" + i2,schemaPath:"#/properties/EXCLUDE/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.EXCLUDE.items.type,parentSchema:schema37.properties.EXCLUDE.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced3 !== undefined){
data8 = coerced3;
if(data7 !== undefined){
data7[i2] = coerced3;
}
}
}
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err15 = {instancePath:instancePath+"/EXCLUDE/" + i2,schemaPath:"#/properties/EXCLUDE/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.EXCLUDE.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern17.test(data8)){
const err16 = {instancePath:instancePath+"/EXCLUDE/" + i2,schemaPath:"#/properties/EXCLUDE/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema37.properties.EXCLUDE.items,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/EXCLUDE",schemaPath:"#/properties/EXCLUDE/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.EXCLUDE.type,parentSchema:schema37.properties.EXCLUDE,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const _errs2 = errors;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.INTERVALS === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema36.allOf[0].contains.required,parentSchema:schema36.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[0].contains.type,parentSchema:schema36.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
break;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema36.allOf[0].contains,parentSchema:schema36.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs6 = errors;
const len1 = data.length;
for(let i1=0; i1<len1; i1++){
let data1 = data[i1];
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.UPLOAD_TO === undefined){
const err3 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema36.allOf[1].contains.required,parentSchema:schema36.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[1].contains.type,parentSchema:schema36.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema36.allOf[1].contains,parentSchema:schema36.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs10 = errors;
const len2 = data.length;
for(let i2=0; i2<len2; i2++){
let data2 = data[i2];
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.FILE_PATH === undefined){
const err6 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/required",keyword:"required",params:{missingProperty: "FILE_PATH"},message:"must have required property '"+"FILE_PATH"+"'",schema:schema36.allOf[2].contains.required,parentSchema:schema36.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.allOf[2].contains.type,parentSchema:schema36.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
break;
}
}
if(!valid3){
const err8 = {instancePath,schemaPath:"#/allOf/2/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema36.allOf[2].contains,parentSchema:schema36.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
if(data.length < 1){
const err9 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len3 = data.length;
for(let i3=0; i3<len3; i3++){
let data3 = data[i3];
if(!(validate24(data3, {instancePath:instancePath+"/" + i3,parentData:data,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err10 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema36.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err11 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.items.type,parentSchema:schema36.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","$ref":"#/$defs/fileBackupFields","required":["INTERVALS","UPLOAD_TO","FILE_PATH"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.INTERVALS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.UPLOAD_TO === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.FILE_PATH === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FILE_PATH"},message:"must have required property '"+"FILE_PATH"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/dbBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["DB_INFO"]}}]};
const schema54 = {"title":"DB_BACKUPS","description":"The keys of a PostgreSQL backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `db-N`, N being the backup's 1-based position among the project's database backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"DB_INFO":{"$ref":"#/$defs/dbInfo"},"DOCKER":{"$ref":"#/$defs/docker"},"FORMAT":{"description":"pg_dump's output format: `custom` (`<database>.dump` in the zip, stored without compressing again; restore with pg_restore) or `plain` (`<database>.sql`, deflated; restore with psql).","enum":["custom","plain"],"default":"custom"}},"additionalProperties":false};
const schema62 = {"title":"DOCKER","description":"Run pg_dump inside a docker container with `docker exec` (on the SSH host when `SSH` is set).","type":"object","properties":{"CONTAINER_NAME":{"description":"The container's name or id.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"}},"required":["CONTAINER_NAME"],"additionalProperties":false};
const pattern23 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$", "u");
const schema57 = {"title":"DB_INFO","description":"How pg_dump reaches the database. With `DOCKER`, `HOST` and `PORT` are as seen from inside the container.","type":"object","properties":{"USERNAME":{"description":"The PostgreSQL role.","$ref":"#/$defs/text"},"PASSWORD":{"description":"The role's password; best given as `${VARIABLE}` from the environment or `.env`. Never written to argv, logs, manifests or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"PORT":{"description":"The server's port.","$ref":"#/$defs/port","default":5432},"NAME":{"description":"The database to dump.","$ref":"#/$defs/text"},"HOST":{"description":"The server's host name or address.","$ref":"#/$defs/text","default":"localhost"}},"required":["USERNAME","NAME"],"additionalProperties":false};
const schema58 = {"description":"A non-empty string without control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};
const pattern20 = new RegExp("^[^\\n\\r\\u0000]*$", "u");

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.USERNAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "USERNAME"},message:"must have required property '"+"USERNAME"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.NAME === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NAME"},message:"must have required property '"+"NAME"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "USERNAME") || (key0 === "PASSWORD")) || (key0 === "PORT")) || (key0 === "NAME")) || (key0 === "HOST"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.USERNAME !== undefined){
let data0 = data.USERNAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["USERNAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.PASSWORD !== undefined){
let data1 = data.PASSWORD;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err6 = {instancePath:instancePath+"/PASSWORD",schemaPath:"#/properties/PASSWORD/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.PASSWORD.type,parentSchema:schema57.properties.PASSWORD,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["PASSWORD"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(!pattern20.test(data1)){
const err7 = {instancePath:instancePath+"/PASSWORD",schemaPath:"#/properties/PASSWORD/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0000]*$"},message:"must match pattern \""+"^[^\\n\\r\\u0000]*$"+"\"",schema:"^[^\\n\\r\\u0000]*$",parentSchema:schema57.properties.PASSWORD,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.PORT !== undefined){
let data2 = data.PORT;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data2 === null
              || (dataType2 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced2 = +data2;
}
else {
const err8 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["PORT"] = coerced2;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.NAME !== undefined){
let data3 = data.NAME;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err11 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["NAME"] = coerced3;
}
}
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema58,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.HOST !== undefined){
let data4 = data.HOST;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err14 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["HOST"] = coerced4;
}
}
}
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err15 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema58,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "NAME") || (key0 === "INTERVALS")) || (key0 === "UPLOAD_TO")) || (key0 === "SSH")) || (key0 === "DB_INFO")) || (key0 === "DOCKER")) || (key0 === "FORMAT"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err2 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.INTERVALS !== undefined){
let data1 = data.INTERVALS;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/INTERVALS",schemaPath:"#/$defs/intervals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
let dataType1 = typeof data2;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data2;
}
else if(data2 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/INTERVALS/" + i0,schemaPath:"#/$defs/intervals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.items.type,parentSchema:schema39.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data2 = coerced1;
if(data1 !== undefined){
data1[i0] = coerced1;
}
}
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/INTERVALS/" + i0,schemaPath:"#/$defs/intervals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/INTERVALS",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.type,parentSchema:schema39,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.UPLOAD_TO !== undefined){
if(!(validate25(data.UPLOAD_TO, {instancePath:instancePath+"/UPLOAD_TO",parentData:data,parentDataProperty:"UPLOAD_TO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.SSH !== undefined){
if(!(validate29(data.SSH, {instancePath:instancePath+"/SSH",parentData:data,parentDataProperty:"SSH",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.DB_INFO !== undefined){
if(!(validate42(data.DB_INFO, {instancePath:instancePath+"/DB_INFO",parentData:data,parentDataProperty:"DB_INFO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.DOCKER !== undefined){
let data6 = data.DOCKER;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.CONTAINER_NAME === undefined){
const err7 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/required",keyword:"required",params:{missingProperty: "CONTAINER_NAME"},message:"must have required property '"+"CONTAINER_NAME"+"'",schema:schema62.required,parentSchema:schema62,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "CONTAINER_NAME")){
const err8 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.CONTAINER_NAME !== undefined){
let data7 = data6.CONTAINER_NAME;
if(typeof data7 !== "string"){
let dataType2 = typeof data7;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data7;
}
else if(data7 === null){
coerced2 = "";
}
else {
const err9 = {instancePath:instancePath+"/DOCKER/CONTAINER_NAME",schemaPath:"#/$defs/docker/properties/CONTAINER_NAME/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.CONTAINER_NAME.type,parentSchema:schema62.properties.CONTAINER_NAME,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data7 = coerced2;
if(data6 !== undefined){
data6["CONTAINER_NAME"] = coerced2;
}
}
}
if(typeof data7 === "string"){
if(!pattern23.test(data7)){
const err10 = {instancePath:instancePath+"/DOCKER/CONTAINER_NAME",schemaPath:"#/$defs/docker/properties/CONTAINER_NAME/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$",parentSchema:schema62.properties.CONTAINER_NAME,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.FORMAT !== undefined){
let data8 = data.FORMAT;
if(!((data8 === "custom") || (data8 === "plain"))){
const err12 = {instancePath:instancePath+"/FORMAT",schemaPath:"#/properties/FORMAT/enum",keyword:"enum",params:{allowedValues: schema54.properties.FORMAT.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.FORMAT.enum,parentSchema:schema54.properties.FORMAT,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const _errs2 = errors;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.INTERVALS === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema53.allOf[0].contains.required,parentSchema:schema53.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.allOf[0].contains.type,parentSchema:schema53.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
break;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema53.allOf[0].contains,parentSchema:schema53.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs6 = errors;
const len1 = data.length;
for(let i1=0; i1<len1; i1++){
let data1 = data[i1];
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.UPLOAD_TO === undefined){
const err3 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema53.allOf[1].contains.required,parentSchema:schema53.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.allOf[1].contains.type,parentSchema:schema53.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema53.allOf[1].contains,parentSchema:schema53.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs10 = errors;
const len2 = data.length;
for(let i2=0; i2<len2; i2++){
let data2 = data[i2];
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.DB_INFO === undefined){
const err6 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/required",keyword:"required",params:{missingProperty: "DB_INFO"},message:"must have required property '"+"DB_INFO"+"'",schema:schema53.allOf[2].contains.required,parentSchema:schema53.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.allOf[2].contains.type,parentSchema:schema53.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
break;
}
}
if(!valid3){
const err8 = {instancePath,schemaPath:"#/allOf/2/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema53.allOf[2].contains,parentSchema:schema53.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
if(data.length < 1){
const err9 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len3 = data.length;
for(let i3=0; i3<len3; i3++){
let data3 = data[i3];
if(!(validate39(data3, {instancePath:instancePath+"/" + i3,parentData:data,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err10 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema53.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err11 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema53.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.items.type,parentSchema:schema53.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","$ref":"#/$defs/dbBackupFields","required":["INTERVALS","UPLOAD_TO","DB_INFO"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.INTERVALS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.UPLOAD_TO === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.DB_INFO === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DB_INFO"},message:"must have required property '"+"DB_INFO"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "FILE_BACKUP") || (key0 === "DB_BACKUPS"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.FILE_BACKUP !== undefined){
let data0 = data.FILE_BACKUP;
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(!(Array.isArray(data0))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(!(validate23(data0, {instancePath:instancePath+"/FILE_BACKUP",parentData:data,parentDataProperty:"FILE_BACKUP",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(!(validate35(data0, {instancePath:instancePath+"/FILE_BACKUP",parentData:data,parentDataProperty:"FILE_BACKUP",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err4 = {instancePath:instancePath+"/FILE_BACKUP",schemaPath:"#/properties/FILE_BACKUP/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema35.properties.FILE_BACKUP.if,parentSchema:schema35.properties.FILE_BACKUP,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.DB_BACKUPS !== undefined){
let data1 = data.DB_BACKUPS;
const _errs9 = errors;
let valid2 = true;
const _errs10 = errors;
if(!(Array.isArray(data1))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs12 = errors;
if(!(validate38(data1, {instancePath:instancePath+"/DB_BACKUPS",parentData:data,parentDataProperty:"DB_BACKUPS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid2 = _valid1;
ifClause1 = "then";
}
else {
const _errs13 = errors;
if(!(validate46(data1, {instancePath:instancePath+"/DB_BACKUPS",parentData:data,parentDataProperty:"DB_BACKUPS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
valid2 = _valid1;
ifClause1 = "else";
}
if(!valid2){
const err6 = {instancePath:instancePath+"/DB_BACKUPS",schemaPath:"#/properties/DB_BACKUPS/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema35.properties.DB_BACKUPS.if,parentSchema:schema35.properties.DB_BACKUPS,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NAME"},message:"must have required property '"+"NAME"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.BACKUPS === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "BACKUPS"},message:"must have required property '"+"BACKUPS"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "NAME") || (key0 === "BACKUPS"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err4 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.BACKUPS !== undefined){
let data1 = data.BACKUPS;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data1[i0], {instancePath:instancePath+"/BACKUPS/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/BACKUPS",schemaPath:"#/properties/BACKUPS/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.BACKUPS.type,parentSchema:schema33.properties.BACKUPS,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opsbackup.invalid/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PROJECTS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "PROJECTS"},message:"must have required property '"+"PROJECTS"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "LOG_DIRECTORY") || (key0 === "WORK_DIRECTORY")) || (key0 === "TIMEOUTS")) || (key0 === "PROJECTS"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.LOG_DIRECTORY !== undefined){
let data0 = data.LOG_DIRECTORY;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/LOG_DIRECTORY",schemaPath:"#/properties/LOG_DIRECTORY/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.LOG_DIRECTORY.type,parentSchema:schema31.properties.LOG_DIRECTORY,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["LOG_DIRECTORY"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/LOG_DIRECTORY",schemaPath:"#/properties/LOG_DIRECTORY/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.LOG_DIRECTORY,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.WORK_DIRECTORY !== undefined){
let data1 = data.WORK_DIRECTORY;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err4 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["WORK_DIRECTORY"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.TIMEOUTS !== undefined){
let data2 = data.TIMEOUTS;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "INACTIVITY_SECONDS") || (key1 === "TOTAL_MINUTES"))){
const err7 = {instancePath:instancePath+"/TIMEOUTS",schemaPath:"#/properties/TIMEOUTS/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.TIMEOUTS,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.INACTIVITY_SECONDS !== undefined){
let data3 = data2.INACTIVITY_SECONDS;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data3 === null
              || (dataType2 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced2 = +data3;
}
else {
const err8 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS.type,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data2 !== undefined){
data2["INACTIVITY_SECONDS"] = coerced2;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 86400 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 5 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data2.TOTAL_MINUTES !== undefined){
let data4 = data2.TOTAL_MINUTES;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data4 === null
              || (dataType3 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced3 = +data4;
}
else {
const err11 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES.type,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data2 !== undefined){
data2["TOTAL_MINUTES"] = coerced3;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10080 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080",schema:10080,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/TIMEOUTS",schemaPath:"#/properties/TIMEOUTS/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.TIMEOUTS.type,parentSchema:schema31.properties.TIMEOUTS,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.PROJECTS !== undefined){
let data5 = data.PROJECTS;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data5[i0], {instancePath:instancePath+"/PROJECTS/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/PROJECTS",schemaPath:"#/properties/PROJECTS/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.PROJECTS.type,parentSchema:schema31.properties.PROJECTS,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

